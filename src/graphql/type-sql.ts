/**
 * What SQL every GraphQL type stands for, gathered from the `*.sql.ts` file beside each type:
 * the compiler (compile/) reads an operation against this map. A type or field missing here is
 * a field the compiler cannot answer; test/graphql/compiled-fields.test.ts checks there is none.
 */
import type { TypeSqlMap } from "./compile/compiler.ts";
import { articleQueries, articleSql, mentionSql } from "./article/article.sql.ts";
import { ingestArticleMutation, ingestArticlePayloadSql, ingestedMeetingSql, ingestedPersonSql } from "./article/ingest-article.sql.ts";
import { countryContactSql, countryQueries, countrySql } from "./country/country.sql.ts";
import { meetingQueries, meetingReportSql, meetingSql } from "./meeting/meeting.sql.ts";
import { nodeQueries } from "./node/node.sql.ts";
import { metPersonSql, personQueries, personSql } from "./person/person.sql.ts";
import { quoteQueries, quoteSql } from "./quote/quote.sql.ts";

export const typeSql: TypeSqlMap = {
  Query: { ...personQueries, ...meetingQueries, ...quoteQueries, ...articleQueries, ...countryQueries, ...nodeQueries },
  Mutation: ingestArticleMutation,
  Person: personSql,
  MetPerson: metPersonSql,
  Meeting: meetingSql,
  MeetingReport: meetingReportSql,
  Quote: quoteSql,
  Article: articleSql,
  Mention: mentionSql,
  Country: countrySql,
  CountryContact: countryContactSql,
  IngestArticlePayload: ingestArticlePayloadSql,
  IngestedPerson: ingestedPersonSql,
  IngestedMeeting: ingestedMeetingSql,
};
