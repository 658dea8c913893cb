// Who may see a Discord channel and who runs its server: what the gaps switch and the privacy of unanswered
// questions need. A server (guild) is Discord's workspace; its admins are the members with Manage Server.
import { type Channel, ChannelType, PermissionFlagsBits, type PermissionsBitField } from 'discord.js';
import type { MessageContext } from '../../app/dispatcher.js';

/**
 * Whether questions asked in `channel` must stay in it: a DM, a private thread, or a server channel that
 * @everyone cannot view. A channel the client has not cached counts as private, since nothing proves otherwise.
 */
export function isPrivateChannel(channel: Channel | null | undefined): boolean {
  if (!channel || channel.isDMBased()) return true;
  if (channel.type === ChannelType.PrivateThread) return true;
  const everyone = channel.guild.roles.everyone;
  // Administrator on @everyone would make every channel public; checkAdmin off keeps to the overwrites.
  return channel.permissionsFor(everyone, false)?.has(PermissionFlagsBits.ViewChannel, false) !== true;
}

/** Manage Server, or Administrator (which implies it): Discord's counterpart of a Slack workspace admin. */
export function isServerAdmin(permissions: Readonly<PermissionsBitField> | null | undefined): boolean | undefined {
  return permissions ? permissions.has(PermissionFlagsBits.ManageGuild) : undefined;
}

/** The server part of a message context: which server (the workspace key), whether the asker runs it, privacy. */
export function serverContext(
  guildId: string | null,
  channel: Channel | null | undefined,
  memberPermissions: Readonly<PermissionsBitField> | null | undefined,
): Pick<MessageContext, 'teamId' | 'isWorkspaceAdmin' | 'private'> {
  if (!guildId) return { private: true };
  return {
    teamId: guildId,
    isWorkspaceAdmin: isServerAdmin(memberPermissions),
    private: isPrivateChannel(channel) || undefined,
  };
}
