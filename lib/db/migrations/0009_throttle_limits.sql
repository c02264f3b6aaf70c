CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "sign_in_throttle" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "sign_in_throttle" CASCADE;--> statement-breakpoint
CREATE INDEX "confirmations_phone_created" ON "confirmations" USING btree ("phone","created_at");--> statement-breakpoint
CREATE INDEX "confirmations_iin_created" ON "confirmations" USING btree ("iin","created_at");