// `npm run discord:deploy`: registers /aiecon from the same definitions the bot routes with — to one
// guild when DISCORD_GUILD_ID is set (instant, for development), else globally. Separate from start-up
// because registration is rate limited and only needed when the commands change.
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { ConfigError, loadConfig } from '../../config.js';
import { log, registerSecret } from '../../log.js';
import { buildCommandJSON } from './commands/index.js';

/** Where and with what to register. */
export interface DeployTarget {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
}

/** Overwrites the application's commands (guild or global) with /aiecon; returns the scope used. */
export async function deployCommands(target: DeployTarget): Promise<'guild' | 'global'> {
  const rest = new REST(target.apiUrl ? { api: target.apiUrl } : {}).setToken(target.token);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  await rest.put(route, { body: [buildCommandJSON()] });
  return target.guildId ? 'guild' : 'global';
}

async function main(): Promise<void> {
  const config = loadConfig();
  registerSecret(config.DISCORD_TOKEN);
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID)
    throw new ConfigError([
      'DISCORD_TOKEN: required to deploy commands',
      'DISCORD_APPLICATION_ID: required to deploy commands',
    ]);
  const scope = await deployCommands({
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    guildId: config.DISCORD_GUILD_ID,
    apiUrl: config.DISCORD_API_URL,
  });
  console.log(
    scope === 'guild'
      ? `Registered /aiecon in guild ${config.DISCORD_GUILD_ID} (available now).`
      : 'Registered /aiecon globally (Discord clients may take a few minutes to show changes).',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    if (err instanceof ConfigError) console.error(err.message);
    else log.error('discord deploy failed', { err });
    process.exit(1);
  });
}
