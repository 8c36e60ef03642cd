import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import type { Article as ArticleRow } from "../../generated/prisma/client.ts";
import { Language } from "../common/enums.ts";
import { toGlobalId } from "../common/global-id.ts";
import { Node } from "../node/node.interface.ts";
import { ArticleExtraction, ExtractionStatus } from "./article-extraction.type.ts";

@ObjectType({ implements: Node, description: "A news article as ingested, with the facts read from it." })
export class Article extends Node {
  dbId!: number;

  @Field(() => String, { description: "Headline (or first line when there is none), as written." })
  title!: string;

  @Field(() => String, { description: "Full text as ingested; every Evidence offset points into it." })
  body!: string;

  @Field(() => Language, { description: "Language of the article." })
  language!: Language;

  @Field(() => String, { nullable: true, description: 'Outlet that published it, in English (e.g. "Fars News Agency").' })
  publisher!: string | null;

  @Field(() => DateResolver, { nullable: true, description: "Day of publication, when the article or its ingester says." })
  publishedAt!: Date | null;

  @Field(() => String, { description: "File name or URL it was ingested from." })
  sourceName!: string;

  @Field(() => String, { nullable: true, description: "URL of the original, when known." })
  url!: string | null;

  @Field(() => String, { description: "SHA-256 of the text: the same text is always the same article." })
  contentHash!: string;

  @Field(() => DateTimeResolver, { description: "When Parley ingested it." })
  ingestedAt!: Date;

  @Field(() => ArticleExtraction, { description: "Which extractor read it and how that went (an article whose extraction failed has no facts)." })
  extraction!: ArticleExtraction;

  static from(row: ArticleRow): Article {
    return Object.assign(new Article(), {
      id: toGlobalId("Article", row.id),
      dbId: row.id,
      title: row.title,
      body: row.body,
      language: row.language as Language,
      publisher: row.publisher,
      publishedAt: row.publishedAt,
      sourceName: row.sourceName,
      url: row.url,
      contentHash: row.contentHash,
      ingestedAt: row.ingestedAt,
      extraction: Object.assign(new ArticleExtraction(), {
        status: row.extractionStatus as ExtractionStatus,
        error: row.extractionError,
        extractorVersion: row.extractorVersion,
        extractedAt: row.extractedAt,
      }),
    });
  }
}
