CREATE TABLE "complaint_attachments" (
	"complaint_id" text NOT NULL,
	"attachment_id" text NOT NULL,
	CONSTRAINT "complaint_attachments_complaint_id_attachment_id_pk" PRIMARY KEY("complaint_id","attachment_id")
);
--> statement-breakpoint
CREATE TABLE "complaint_events" (
	"id" text PRIMARY KEY NOT NULL,
	"complaint_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text NOT NULL,
	"actor" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text,
	"user_id" text NOT NULL,
	"application_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"signature_cms" text,
	"signer_serial" text,
	"signer_subject" text,
	"signing_time" timestamp with time zone,
	"payload_sha256" text,
	"idempotency_key" text,
	"reply_text" text,
	"reply_content" text,
	"reply_signature_cms" text,
	"reply_signer_serial" text,
	"reply_signer_subject" text,
	"reply_signing_time" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answered_by" text,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaints_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_events_complaint" ON "complaint_events" USING btree ("complaint_id","at");--> statement-breakpoint
CREATE INDEX "complaints_user" ON "complaints" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_idempotency" ON "complaints" USING btree ("user_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "complaints_queue" ON "complaints" USING btree ("provider_id","status","due_at");