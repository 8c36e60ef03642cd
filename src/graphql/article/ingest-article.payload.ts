import { Field, Int, ObjectType } from "type-graphql";
import { Meeting } from "../meeting/meeting.type.ts";
import { Person } from "../person/person.type.ts";
import { Article } from "./article.type.ts";

@ObjectType({ simpleResolvers: true, description: "A person an ingest resolved a mention to." })
export class IngestedPerson {
  @Field(() => Person, { description: "The stored person." })
  person!: Person;

  @Field(() => Boolean, { description: "True when this article introduced the person; false when it was merged into a known one." })
  created!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A meeting an ingest stored." })
export class IngestedMeeting {
  @Field(() => Meeting, { description: "The stored meeting." })
  meeting!: Meeting;

  @Field(() => Boolean, { description: "True when the article's meeting was merged into one another article already reported." })
  merged!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "Result of ingestArticle." })
export class IngestArticlePayload {
  @Field(() => String, { nullable: true, description: "The clientMutationId sent with the input." })
  clientMutationId!: string | null;

  @Field(() => Article, { description: "The stored article (the earlier one when the same text was ingested before)." })
  article!: Article;

  @Field(() => Boolean, { description: "False when the same text had been ingested before and nothing was written." })
  created!: boolean;

  @Field(() => [IngestedPerson], { description: "People this ingest resolved (empty when nothing was written)." })
  people!: IngestedPerson[];

  @Field(() => [IngestedMeeting], { description: "Meetings this ingest stored or merged (empty when nothing was written)." })
  meetings!: IngestedMeeting[];

  @Field(() => Int, { description: "Quotes this ingest stored." })
  quoteCount!: number;
}
