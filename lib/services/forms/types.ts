/** A service's form as data: steps of fields, read by the generic step, review and submit screens. */
export type Condition = { field: string; equals?: string; notEquals?: string } | { fact: Fact };
export type Fact = "lateRegistration" | "married";
export type Prefill = "applicant.locality" | "mother.iin" | "father.iin";
export type OptionSource = "actRecords" | "family";

export type FieldDef = {
  name: string;
  kind: "text" | "textarea" | "date" | "iin" | "choice" | "consent";
  required: boolean;
  options?: string[];
  optionsFrom?: OptionSource;
  when?: Condition;
  prefill?: Prefill;
  maxLength?: number;
  /** A format the value must have beyond its kind: "year" is a four-digit year 1900–2099. */
  pattern?: "year";
};

export type StepDef = { id: string; fields: FieldDef[] };
export type FormDef = { steps: StepDef[] };

/** Options computed from the state systems for a given applicant (record ids, family IINs). */
export type Choices = Record<OptionSource, Array<{ value: string; label: string }>>;
export type Facts = Record<Fact, boolean>;
