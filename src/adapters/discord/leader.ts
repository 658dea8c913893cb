// Discord with several replicas: only the elected leader (a Postgres advisory lock) holds the gateway
// connection, so each message is answered once; every replica posts digests over REST, which needs no
// gateway, so whichever replica claims a Discord slot can post it.
import type { Dispatcher } from '../../app/dispatcher.js';
import type { Health } from '../../app/health.js';
import type { InFlight } from '../../app/in-flight.js';
import type { Config } from '../../config.js';
import type { FeedbackService } from '../../feedback/index.js';
import { elect, LEADER_LOCKS } from '../../storage/leader.js';
import { type DiscordAdapter, startDiscord } from './index.js';
import { DiscordChannelPoster, digestRest } from './poster.js';

/** The replica's Discord part: its REST poster, and the gateway while it leads. */
export interface ElectedDiscord {
  poster: DiscordChannelPoster;
  stop(): Promise<void>;
}

/** Joins the election on `databaseUrl`; the gateway starts when this replica leads and stops when it no longer does. */
export function startElectedDiscord(options: {
  config: Config;
  databaseUrl: string;
  dispatcher: Dispatcher;
  health: Health;
  inFlight: InFlight;
  /** 👍/👎 under the leader's answers, as in a single process (required so replicas cannot drop it). */
  feedback: FeedbackService;
}): ElectedDiscord {
  const { config } = options;
  const rest = digestRest(config.DISCORD_TOKEN!, config.DISCORD_API_URL);
  let gateway: DiscordAdapter | undefined;
  const election = elect(options.databaseUrl, LEADER_LOCKS.discordGateway, {
    onLead: async () => {
      const { dispatcher, inFlight, feedback } = options;
      gateway = await startDiscord({ config, dispatcher, inFlight, feedback });
    },
    onLose: async () => {
      const g = gateway;
      gateway = undefined;
      await g?.stop();
    },
  });
  // A follower is ready (another replica holds the gateway); the leader once its gateway session is up.
  options.health.check('discord', () => !election.leading || Boolean(gateway?.client.isReady()));
  return { poster: new DiscordChannelPoster(rest), stop: () => election.stop() };
}
