CREATE TABLE "outbox_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"topic" text NOT NULL,
	"application_id" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"queued_at" timestamp with time zone,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reminders" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"application_id" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "result_documents" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"application_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"kind" text NOT NULL,
	"content" text NOT NULL,
	"content_sha256" text NOT NULL,
	"prepared_at" timestamp with time zone NOT NULL,
	"signature_cms" text,
	"signer_serial" text,
	"signer_subject" text,
	"signing_time" timestamp with time zone,
	CONSTRAINT "result_documents_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "extension_noticed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "result_ready_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "iin" text;--> statement-breakpoint
ALTER TABLE "result_documents" ADD CONSTRAINT "result_documents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_status" ON "outbox_messages" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "outbox_application" ON "outbox_messages" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "result_documents_application" ON "result_documents" USING btree ("application_id");