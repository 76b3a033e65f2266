import { loadReferenceData, migrate, openDatabase, seedMoroccoDemo } from '@tatabbu/db';
import type { Config } from '../config.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

export async function migrateCommand(config: Config): Promise<void> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    say(`migrations applied (${database.kind}: ${database.location})`);
  } finally {
    await database.close();
  }
}

export async function seedCommand(config: Config, demo: boolean): Promise<void> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    const counts = await loadReferenceData(database.db, config.dataRoot);
    say(`reference data loaded: ${JSON.stringify(counts)}`);
    if (demo) {
      const result = await seedMoroccoDemo(database.db, config.dataRoot);
      say(`demo data loaded: ${result.recommendations} recommendations, ${result.assignments} assignments`);
    }
  } finally {
    await database.close();
  }
}
