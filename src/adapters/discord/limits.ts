// Discord's hard limits on what a bot may send. Exceeding any of them gets the whole message rejected
// with 400 "Invalid Form Body", so the renderer trims to these before anything leaves the process.

/** Message `content`. https://discord.com/developers/docs/resources/message#create-message-jsonform-params */
export const DISCORD_MAX_CONTENT_CHARS = 2_000;

/** Embed title. https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const DISCORD_MAX_EMBED_TITLE_CHARS = 256;

/** Embed description. https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const DISCORD_MAX_EMBED_DESCRIPTION_CHARS = 4_096;

/** Fields per embed. https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const DISCORD_MAX_EMBED_FIELDS = 25;

/** Field name. https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const DISCORD_MAX_EMBED_FIELD_NAME_CHARS = 256;

/** Field value. https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const DISCORD_MAX_EMBED_FIELD_VALUE_CHARS = 1_024;

/** Footer text. https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const DISCORD_MAX_EMBED_FOOTER_CHARS = 2_048;

/** Sum of title, description, field names and values, footer and author across all embeds of a message. https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const DISCORD_MAX_EMBED_TOTAL_CHARS = 6_000;

/** Message nonce when sent as a string. https://discord.com/developers/docs/resources/message#create-message-jsonform-params */
export const DISCORD_MAX_NONCE_CHARS = 25;

/** Messages per GET /channels/:id/messages page. https://discord.com/developers/docs/resources/message#get-channel-messages */
export const DISCORD_MAX_MESSAGES_PER_FETCH = 100;

/** An interaction must be answered (or deferred) within 3 s. https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction */
export const DISCORD_INTERACTION_ACK_MS = 3_000;

/** Slash command and option descriptions. https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-structure */
export const DISCORD_MAX_COMMAND_DESCRIPTION_CHARS = 100;

/** An attachment's description (its alt text). https://discord.com/developers/docs/resources/message#attachment-object */
export const DISCORD_MAX_ATTACHMENT_DESCRIPTION_CHARS = 1_024;

/** A component's custom_id. https://discord.com/developers/docs/components/reference#anatomy-of-a-component */
export const DISCORD_MAX_CUSTOM_ID_CHARS = 100;

/** A button's label. https://discord.com/developers/docs/components/reference#button */
export const DISCORD_MAX_BUTTON_LABEL_CHARS = 80;

/** Buttons in one action row. https://discord.com/developers/docs/components/reference#action-row */
export const DISCORD_MAX_BUTTONS_PER_ROW = 5;

/** Autocomplete choices per response. https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete */
export const DISCORD_MAX_AUTOCOMPLETE_CHOICES = 25;

/** A choice's name and a string choice's value. https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-choice-structure */
export const DISCORD_MAX_CHOICE_CHARS = 100;
