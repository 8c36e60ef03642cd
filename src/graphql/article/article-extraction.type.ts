import { DateTimeResolver } from "graphql-scalars";
import { Field, ObjectType, registerEnumType } from "type-graphql";

/** How the last extraction of an article went. */
export enum ExtractionStatus {
  OK = "OK",
  FAILED = "FAILED",
}

registerEnumType(ExtractionStatus, {
  name: "ExtractionStatus",
  description: "How the last extraction of an article went.",
  valuesConfig: {
    OK: { description: "The extractor read it; its facts are stored." },
    FAILED: { description: "The extractor failed on it: it is stored without facts until it is re-extracted." },
  },
});

@ObjectType({ simpleResolvers: true, description: "Which extractor read an article, when, and how it went." })
export class ArticleExtraction {
  @Field(() => ExtractionStatus, { description: "OK, or FAILED with `error`." })
  status!: ExtractionStatus;

  @Field(() => String, { nullable: true, description: "The extractor's error when the status is FAILED." })
  error!: string | null;

  @Field(() => String, { description: 'Version of the extractor (a fingerprint of its code and data); "unknown" for articles read before versions were recorded.' })
  extractorVersion!: string;

  @Field(() => DateTimeResolver, { description: "When the article was last extracted." })
  extractedAt!: string;
}
