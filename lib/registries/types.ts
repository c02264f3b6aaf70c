/**
 * The interfaces a real integration with the state systems would implement (ЖТ МДБ, АХАЖ АЖ, БНАЖ).
 * The portal talks only to these; the seeded implementations read our own tables.
 */
export type Individual = {
  iin: string;
  surname: string;
  givenName: string;
  patronymic: string | null;
  sex: "male" | "female";
  birthDate: string;
  birthPlace: string;
  citizenship: string;
  phone: string | null;
  address: {
    region: string;
    district: string;
    locality: string;
    street: string;
    house: string;
    flat: string | null;
  };
};

export type Relative = { kind: "spouse" | "child" | "parent"; person: Individual };

export interface IndividualsRegistry {
  findByIin(iin: string): Promise<Individual | null>;
  findRelatives(iin: string): Promise<Relative[]>;
}

export type ActRecord = {
  id: string;
  kind: "birth" | "marriage";
  actNumber: string;
  registeredOn: string;
  officeName: string;
  personIin: string;
  partnerIin: string | null;
  motherIin: string | null;
  fatherIin: string | null;
};

export interface CivilRegistry {
  /** Act records in which the person is the subject, a spouse or a parent. */
  findActsFor(iin: string, kind?: ActRecord["kind"]): Promise<ActRecord[]>;
}

export type PowerOfAttorney = {
  number: string;
  principalIin: string;
  attorneyIin: string;
  notaryName: string;
  issuedOn: string;
  validUntil: string;
  scope: string;
};

export interface NotaryRegistry {
  /** A power of attorney in force on `onDate` (YYYY-MM-DD): not revoked, not expired. */
  findValidPower(query: {
    number: string;
    principalIin: string;
    attorneyIin: string;
    onDate: string;
  }): Promise<PowerOfAttorney | null>;
}
