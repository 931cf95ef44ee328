import { defineConfig } from 'drizzle-kit';

// drizzle-kit only reads the schema and writes SQL into drizzle/; it never opens a database.
export default defineConfig({
  dialect: 'sqlite',
  schema: './electron/core/db/schema.ts',
  out: './drizzle',
  strict: true,
  verbose: true,
});
