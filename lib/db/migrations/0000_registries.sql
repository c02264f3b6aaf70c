CREATE TABLE "civil_acts" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"act_number" text NOT NULL,
	"registered_on" date NOT NULL,
	"office_name" text NOT NULL,
	"person_iin" text NOT NULL,
	"partner_iin" text,
	"mother_iin" text,
	"father_iin" text
);
--> statement-breakpoint
CREATE TABLE "family_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_iin" text NOT NULL,
	"relative_iin" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "family_links_unique" UNIQUE("person_iin","relative_iin","kind")
);
--> statement-breakpoint
CREATE TABLE "individuals" (
	"iin" text PRIMARY KEY NOT NULL,
	"surname" text NOT NULL,
	"given_name" text NOT NULL,
	"patronymic" text,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"birth_place" text NOT NULL,
	"citizenship" text DEFAULT 'KZ' NOT NULL,
	"phone" text,
	"region" text NOT NULL,
	"district" text NOT NULL,
	"locality" text NOT NULL,
	"street" text NOT NULL,
	"house" text NOT NULL,
	"flat" text
);
--> statement-breakpoint
CREATE TABLE "powers_of_attorney" (
	"number" text PRIMARY KEY NOT NULL,
	"principal_iin" text NOT NULL,
	"attorney_iin" text NOT NULL,
	"notary_name" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"scope" text NOT NULL,
	"revoked" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "civil_acts" ADD CONSTRAINT "civil_acts_person_iin_individuals_iin_fk" FOREIGN KEY ("person_iin") REFERENCES "public"."individuals"("iin") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_acts" ADD CONSTRAINT "civil_acts_partner_iin_individuals_iin_fk" FOREIGN KEY ("partner_iin") REFERENCES "public"."individuals"("iin") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_acts" ADD CONSTRAINT "civil_acts_mother_iin_individuals_iin_fk" FOREIGN KEY ("mother_iin") REFERENCES "public"."individuals"("iin") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_acts" ADD CONSTRAINT "civil_acts_father_iin_individuals_iin_fk" FOREIGN KEY ("father_iin") REFERENCES "public"."individuals"("iin") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_links" ADD CONSTRAINT "family_links_person_iin_individuals_iin_fk" FOREIGN KEY ("person_iin") REFERENCES "public"."individuals"("iin") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_links" ADD CONSTRAINT "family_links_relative_iin_individuals_iin_fk" FOREIGN KEY ("relative_iin") REFERENCES "public"."individuals"("iin") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "powers_of_attorney" ADD CONSTRAINT "powers_of_attorney_principal_iin_individuals_iin_fk" FOREIGN KEY ("principal_iin") REFERENCES "public"."individuals"("iin") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "powers_of_attorney" ADD CONSTRAINT "powers_of_attorney_attorney_iin_individuals_iin_fk" FOREIGN KEY ("attorney_iin") REFERENCES "public"."individuals"("iin") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "civil_acts_person" ON "civil_acts" USING btree ("person_iin");--> statement-breakpoint
CREATE INDEX "civil_acts_partner" ON "civil_acts" USING btree ("partner_iin");--> statement-breakpoint
CREATE INDEX "powers_principal" ON "powers_of_attorney" USING btree ("principal_iin");