/** A small gazetteer for tests, independent of the data files being filled in. */
import { Gazetteer, type GazetteerPerson } from "../../src/extract/index.ts";

const fm = (title: string, start: string, end: string | null) => ({ office: "foreign_minister" as const, title, country: "", org: null, start, end });

function person(id: string, name: string, country: string, names: string[], shortNames: string[], offices: GazetteerPerson["offices"]): GazetteerPerson {
  return { id, name, country, names, shortNames, offices: offices.map((o) => ({ ...o, country: o.country || country })) };
}

export const fixturePeople: GazetteerPerson[] = [
  person("john-kerry", "John Kerry", "US", ["John Kerry", "جان کری", "جون كيري"], ["Kerry", "کری", "كيري"], [fm("Secretary of State", "2013-02-01", "2017-01-20")]),
  person("rex-tillerson", "Rex Tillerson", "US", ["Rex Tillerson", "رکس تیلرسون", "ريكس تيلرسون"], ["Tillerson", "تیلرسون", "تيلرسون"], [fm("Secretary of State", "2017-02-01", "2018-03-31")]),
  person("mike-pompeo", "Mike Pompeo", "US", ["Mike Pompeo", "مایک پمپئو", "مايك بومبيو"], ["Pompeo", "پمپئو", "بومبيو"], [fm("Secretary of State", "2018-04-26", "2021-01-20")]),
  person("sergey-lavrov", "Sergey Lavrov", "RU", ["Sergey Lavrov", "سرگئی لاوروف", "سيرغي لافروف"], ["Lavrov", "لاوروف", "لافروف"], [fm("Minister of Foreign Affairs", "2004-03-09", null)]),
  person("mohammad-javad-zarif", "Mohammad Javad Zarif", "IR", ["Mohammad Javad Zarif", "محمدجواد ظریف", "محمد جواد ظريف"], ["Zarif", "ظریف", "ظريف"], [fm("Minister of Foreign Affairs", "2013-08-15", "2021-08-25")]),
  person("vladimir-putin", "Vladimir Putin", "RU", ["Vladimir Putin", "ولادیمیر پوتین", "فلاديمير بوتين"], ["Putin", "پوتین", "بوتين"], [
    { office: "head_of_state", title: "President", country: "RU", org: null, start: "2012-05-07", end: null },
  ]),
];

/** The fixture people as a gazetteer. */
export const fixtureGazetteer = new Gazetteer(fixturePeople);
