CREATE TABLE "import_records" (
	"import_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"record" jsonb NOT NULL,
	CONSTRAINT "import_records_import_id_row_pk" PRIMARY KEY("import_id","row")
);
--> statement-breakpoint
ALTER TABLE "import_records" ADD CONSTRAINT "import_records_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" DROP COLUMN "records";