// Slack's documented limits, named so the renderer and its tests agree on them.

/** Blocks per message. https://docs.slack.dev/reference/block-kit/blocks */
export const SLACK_MAX_BLOCKS = 50;
/** Characters in a section block's text. https://docs.slack.dev/reference/block-kit/blocks/section-block */
export const SLACK_MAX_SECTION_TEXT = 3_000;
/** Items in a section block's `fields`. https://docs.slack.dev/reference/block-kit/blocks/section-block */
export const SLACK_MAX_SECTION_FIELDS = 10;
/** Characters in one section field. https://docs.slack.dev/reference/block-kit/blocks/section-block */
export const SLACK_MAX_FIELD_TEXT = 2_000;
/** Characters in a header block's plain_text. https://docs.slack.dev/reference/block-kit/blocks/header-block */
export const SLACK_MAX_HEADER_TEXT = 150;
/** Elements in a context block. https://docs.slack.dev/reference/block-kit/blocks/context-block */
export const SLACK_MAX_CONTEXT_ELEMENTS = 10;
/** Characters in one context text element (a text object's maximum). https://docs.slack.dev/reference/block-kit/composition-objects/text-object */
export const SLACK_MAX_CONTEXT_TEXT = 3_000;
/** Characters in a button label. https://docs.slack.dev/reference/block-kit/block-elements/button-element */
export const SLACK_MAX_BUTTON_TEXT = 75;
/** Characters in a button's value. https://docs.slack.dev/reference/block-kit/block-elements/button-element */
export const SLACK_MAX_BUTTON_VALUE = 2_000;
/** Top-level `text` Slack recommends at most (it truncates past 40,000). https://docs.slack.dev/reference/methods/chat.postMessage#truncating */
export const SLACK_MAX_MESSAGE_TEXT = 4_000;
/** Slack drops a request unacknowledged after 3 seconds. https://docs.slack.dev/interactivity/handling-user-interaction#acknowledgment_response */
export const SLACK_ACK_DEADLINE_MS = 3_000;
/** Requests older than this are refused as replays. https://docs.slack.dev/authentication/verifying-requests-from-slack */
export const SLACK_SIGNATURE_MAX_AGE_S = 300;
/** Characters in an image block's alt_text and title. https://docs.slack.dev/reference/block-kit/blocks/image-block */
export const SLACK_MAX_IMAGE_ALT_TEXT = 2_000;
