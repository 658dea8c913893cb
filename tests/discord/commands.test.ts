import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subcommandSchema } from '../../src/adapters/discord/commands/command.js';
import { buildCommandJSON, findSubcommand, SUBCOMMANDS } from '../../src/adapters/discord/commands/index.js';
import { deployCommands } from '../../src/adapters/discord/deploy.js';
import { type DiscordStandIn, startDiscordStandIn } from '../support/discord-standin.js';

describe('/aiecon command definitions', () => {
  it('GIVEN the sub-command modules THEN /aiecon has ask, compare, calc, help, digest, feedback and gaps, each with a private flag', () => {
    const json = buildCommandJSON();
    expect(json.name).toBe('aiecon');
    const subs = (json.options ?? []).map((o) => ({
      name: o.name,
      type: o.type,
      options: 'options' in o ? (o.options ?? []).map((x) => `${x.name}:${x.type}${x.required ? '!' : ''}`) : [],
    }));
    const S = ApplicationCommandOptionType.String;
    const B = ApplicationCommandOptionType.Boolean;
    expect(subs).toEqual([
      { name: 'ask', type: ApplicationCommandOptionType.Subcommand, options: [`question:${S}!`, `private:${B}`] },
      {
        name: 'compare',
        type: ApplicationCommandOptionType.Subcommand,
        options: [`a:${S}!`, `b:${S}!`, `private:${B}`],
      },
      { name: 'calc', type: ApplicationCommandOptionType.Subcommand, options: [`expression:${S}!`, `private:${B}`] },
      { name: 'help', type: ApplicationCommandOptionType.Subcommand, options: [`private:${B}`] },
      { name: 'digest', type: ApplicationCommandOptionType.Subcommand, options: [`schedule:${S}!`, `private:${B}`] },
      { name: 'feedback', type: ApplicationCommandOptionType.Subcommand, options: [`private:${B}`] },
      { name: 'gaps', type: ApplicationCommandOptionType.Subcommand, options: [`workspace:${S}`, `private:${B}`] },
    ]);
  });

  it('GIVEN option values THEN each sub-command builds the text the dispatcher understands', () => {
    expect(findSubcommand('ask')!.toText({ question: 'what did DeepSeek V3 cost?' })).toBe(
      'what did DeepSeek V3 cost?',
    );
    expect(findSubcommand('compare')!.toText({ a: 'deepseek v3', b: 'gpt-4' })).toBe('compare deepseek v3 vs gpt-4');
    expect(findSubcommand('calc')!.toText({ expression: '100M tokens at $0.07 per million' })).toBe(
      'calc 100M tokens at $0.07 per million',
    );
    expect(findSubcommand('help')!.toText({})).toBe('help');
    expect(findSubcommand('digest')!.toText({ schedule: 'weekly mon 09:00 UTC' })).toBe('digest weekly mon 09:00 UTC');
    expect(findSubcommand('gaps')!.toText({ workspace: 'on' })).toBe('gaps workspace on');
    expect(findSubcommand('gaps')!.toText({})).toBe('gaps');
    expect(findSubcommand('nope')).toBeUndefined();
  });

  it('GIVEN a module with an upper-case name or a 101-character description THEN the schema refuses it', () => {
    expect(subcommandSchema.safeParse({ ...SUBCOMMANDS[0], name: 'Ask' }).success).toBe(false);
    expect(subcommandSchema.safeParse({ ...SUBCOMMANDS[0], description: 'x'.repeat(101) }).success).toBe(false);
  });
});

describe('npm run discord:deploy', () => {
  let standIn: DiscordStandIn;
  beforeAll(async () => {
    standIn = await startDiscordStandIn();
  });
  afterAll(async () => {
    await standIn?.close();
  });

  it('GIVEN a guild id THEN PUTs exactly the command the bot routes with to that guild', async () => {
    expect(
      await deployCommands({
        token: standIn.token,
        applicationId: standIn.ids.application,
        guildId: standIn.ids.guild,
        apiUrl: standIn.apiUrl,
      }),
    ).toBe('guild');
    expect(standIn.commands.at(-1)).toEqual({
      route: 'PUT /applications/:appId/guilds/:guildId/commands',
      body: [buildCommandJSON()],
    });
  });

  it('GIVEN no guild id THEN registers globally', async () => {
    expect(
      await deployCommands({ token: standIn.token, applicationId: standIn.ids.application, apiUrl: standIn.apiUrl }),
    ).toBe('global');
    expect(standIn.commands.at(-1)!.route).toBe('PUT /applications/:appId/commands');
  });
});
