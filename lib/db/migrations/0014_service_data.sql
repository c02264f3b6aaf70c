ALTER TABLE "providers" ADD COLUMN "hours" jsonb;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "home_visits" ADD COLUMN "health_reason" text;--> statement-breakpoint
ALTER TABLE "home_visits" ADD COLUMN "health_reason_text" text;--> statement-breakpoint
ALTER TABLE "home_visits" ADD COLUMN "child_birth_date" text;