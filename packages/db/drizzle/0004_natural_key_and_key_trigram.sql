ALTER TABLE "recommendations" ADD COLUMN "key_sort" text GENERATED ALWAYS AS (tatabbu_natural_key(key)) STORED;--> statement-breakpoint
CREATE INDEX "recommendations_key_sort_idx" ON "recommendations" USING btree ("key_sort" collate "C");--> statement-breakpoint
CREATE INDEX "recommendations_key_trgm_idx" ON "recommendations" USING gin ("key" gin_trgm_ops);