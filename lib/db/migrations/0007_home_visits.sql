CREATE TABLE "home_visit_events" (
	"id" text PRIMARY KEY NOT NULL,
	"visit_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text NOT NULL,
	"actor" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "home_visits" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"service_id" text NOT NULL,
	"applicant_iin" text NOT NULL,
	"applicant_user_id" text,
	"helper_user_id" text,
	"authority" text NOT NULL,
	"power_of_attorney" text,
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"phone" text NOT NULL,
	"preferred_slots" jsonb NOT NULL,
	"needs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"needs_other" text,
	"note" text,
	"status" text DEFAULT 'requested' NOT NULL,
	"scheduled_from" timestamp with time zone,
	"scheduled_to" timestamp with time zone,
	"employee" text,
	"cancel_reason" text,
	"application_id" text,
	"created_by" text NOT NULL,
	"idempotency_key" text,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "home_visits_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "home_visit_id" text;--> statement-breakpoint
ALTER TABLE "home_visit_events" ADD CONSTRAINT "home_visit_events_visit_id_home_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."home_visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_applicant_user_id_users_id_fk" FOREIGN KEY ("applicant_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_helper_user_id_users_id_fk" FOREIGN KEY ("helper_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "home_visit_events_visit" ON "home_visit_events" USING btree ("visit_id","at");--> statement-breakpoint
CREATE INDEX "home_visits_applicant" ON "home_visits" USING btree ("applicant_user_id","created_at");--> statement-breakpoint
CREATE INDEX "home_visits_helper" ON "home_visits" USING btree ("helper_user_id","created_at");--> statement-breakpoint
CREATE INDEX "home_visits_status" ON "home_visits" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "home_visits_idempotency" ON "home_visits" USING btree ("created_by","idempotency_key");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_home_visit_id_home_visits_id_fk" FOREIGN KEY ("home_visit_id") REFERENCES "public"."home_visits"("id") ON DELETE cascade ON UPDATE no action;