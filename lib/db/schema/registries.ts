import { boolean, date, index, pgTable, serial, text, unique } from "drizzle-orm/pg-core";

/** Mock state database of individuals (ЖТ МДБ / ГБД ФЛ). */
export const individuals = pgTable("individuals", {
  iin: text("iin").primaryKey(),
  surname: text("surname").notNull(),
  givenName: text("given_name").notNull(),
  patronymic: text("patronymic"),
  sex: text("sex").$type<"male" | "female">().notNull(),
  birthDate: date("birth_date", { mode: "string" }).notNull(),
  birthPlace: text("birth_place").notNull(),
  citizenship: text("citizenship").notNull().default("KZ"),
  phone: text("phone"),
  region: text("region").notNull(),
  district: text("district").notNull(),
  locality: text("locality").notNull(),
  street: text("street").notNull(),
  house: text("house").notNull(),
  flat: text("flat"),
});

export type FamilyLinkKind = "spouse" | "child" | "parent";

export const familyLinks = pgTable(
  "family_links",
  {
    id: serial("id").primaryKey(),
    personIin: text("person_iin")
      .notNull()
      .references(() => individuals.iin),
    relativeIin: text("relative_iin")
      .notNull()
      .references(() => individuals.iin),
    kind: text("kind").$type<FamilyLinkKind>().notNull(),
  },
  (table) => [unique("family_links_unique").on(table.personIin, table.relativeIin, table.kind)],
);

export type CivilActKind = "birth" | "marriage";

/** Mock civil registry information system (АХАЖ АЖ): act records. */
export const civilActs = pgTable(
  "civil_acts",
  {
    id: text("id").primaryKey(),
    kind: text("kind").$type<CivilActKind>().notNull(),
    actNumber: text("act_number").notNull(),
    registeredOn: date("registered_on", { mode: "string" }).notNull(),
    officeName: text("office_name").notNull(),
    /** Birth: the child. Marriage: the husband. */
    personIin: text("person_iin")
      .notNull()
      .references(() => individuals.iin),
    /** Marriage: the wife. */
    partnerIin: text("partner_iin").references(() => individuals.iin),
    motherIin: text("mother_iin").references(() => individuals.iin),
    fatherIin: text("father_iin").references(() => individuals.iin),
  },
  (table) => [
    index("civil_acts_person").on(table.personIin),
    index("civil_acts_partner").on(table.partnerIin),
  ],
);

/** Mock unified notary information system (БНАЖ / ЕНИС): notarised powers of attorney. */
export const powersOfAttorney = pgTable(
  "powers_of_attorney",
  {
    number: text("number").primaryKey(),
    principalIin: text("principal_iin")
      .notNull()
      .references(() => individuals.iin),
    attorneyIin: text("attorney_iin")
      .notNull()
      .references(() => individuals.iin),
    notaryName: text("notary_name").notNull(),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    validUntil: date("valid_until", { mode: "string" }).notNull(),
    scope: text("scope").notNull(),
    revoked: boolean("revoked").notNull().default(false),
  },
  (table) => [index("powers_principal").on(table.principalIin)],
);
