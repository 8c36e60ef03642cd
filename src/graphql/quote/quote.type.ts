import { Field, ObjectType } from "type-graphql";
import type { Quote as QuoteRow } from "../../generated/prisma/client.ts";
import { Evidence } from "../common/evidence.type.ts";
import { Language } from "../common/enums.ts";
import { toGlobalId } from "../common/global-id.ts";
import { Node } from "../node/node.interface.ts";

@ObjectType({ implements: Node, description: "Something a person said, verbatim or reported, in one article." })
export class Quote extends Node {
  dbId!: number;
  speakerId!: number;
  articleId!: number;
  meetingId!: number | null;

  @Field(() => String, { description: "The words, without quotation marks (a reported clause without its cue)." })
  text!: string;

  @Field(() => Boolean, { description: "True for a verbatim quotation, false for reported speech." })
  direct!: boolean;

  @Field(() => Language, { description: "Language of the text." })
  language!: Language;

  @Field(() => Evidence, { description: "Where the text stands in the article's body." })
  evidence!: Evidence;

  static from(row: QuoteRow): Quote {
    return Object.assign(new Quote(), {
      id: toGlobalId("Quote", row.id),
      dbId: row.id,
      speakerId: row.speakerId,
      articleId: row.articleId,
      meetingId: row.meetingId,
      text: row.text,
      direct: row.direct,
      language: row.language as Language,
      evidence: { start: row.startOffset, end: row.endOffset, text: row.text },
    });
  }
}
