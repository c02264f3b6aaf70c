CREATE TABLE "housing_inspections" (
	"application_id" text PRIMARY KEY NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"inspector" text NOT NULL,
	"scheduled_by" text NOT NULL,
	"findings" text,
	"act_attachment_id" text,
	"recorded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "registering_body_id" text;--> statement-breakpoint
ALTER TABLE "housing_inspections" ADD CONSTRAINT "housing_inspections_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_inspections" ADD CONSTRAINT "housing_inspections_act_attachment_id_attachments_id_fk" FOREIGN KEY ("act_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_registering_body" ON "applications" USING btree ("registering_body_id","status");