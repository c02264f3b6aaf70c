ALTER TABLE "applications" ADD COLUMN "refusal_grounds" jsonb;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "signed_payload" text;