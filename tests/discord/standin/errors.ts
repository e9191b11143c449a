/** Discord's error bodies: the nested `errors` object of 50035 "Invalid Form Body" and the plain JSON errors. */

export type Path = readonly (string | number)[];

export interface FieldError {
  path: Path;
  code: string;
  message: string;
}

export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: Record<string, unknown>;
}

/** Collects field errors while a payload is checked, and renders them the way Discord does. */
export class FieldErrors {
  readonly list: FieldError[] = [];

  add(path: Path, code: string, message: string): void {
    this.list.push({ path: [...path], code, message });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  /** `{ "0": { "name": { "_errors": [{ code, message }] } } }` */
  toDiscord(): Record<string, unknown> {
    const root: Record<string, unknown> = {};
    for (const error of this.list) {
      let node = root;
      for (const key of error.path) {
        const next = node[String(key)];
        if (next && typeof next === 'object') {
          node = next as Record<string, unknown>;
        } else {
          const created: Record<string, unknown> = {};
          node[String(key)] = created;
          node = created;
        }
      }
      if (!Array.isArray(node._errors)) node._errors = [];
      (node._errors as { code: string; message: string }[]).push({
        code: error.code,
        message: error.message,
      });
    }
    return root;
  }

  /** The lines discord.js prints for such an error: `0.name[APPLICATION_COMMAND_INVALID_NAME]: …`. */
  describe(): string[] {
    return this.list.map((e) => `${e.path.join('.')}[${e.code}]: ${e.message}`);
  }

  body(): DiscordErrorBody {
    return { code: 50035, message: 'Invalid Form Body', errors: this.toDiscord() };
  }
}

export const ERRORS = {
  unauthorized: { code: 0, message: '401: Unauthorized' },
  notFound: { code: 0, message: '404: Not Found' },
  methodNotAllowed: { code: 0, message: '405: Method Not Allowed' },
  unknownInteraction: { code: 10062, message: 'Unknown interaction' },
  alreadyAcknowledged: { code: 40060, message: 'Interaction has already been acknowledged.' },
  unknownWebhook: { code: 10015, message: 'Unknown Webhook' },
  unknownMessage: { code: 10008, message: 'Unknown Message' },
  unknownGuild: { code: 10004, message: 'Unknown Guild' },
  unknownChannel: { code: 10003, message: 'Unknown Channel' },
  unknownUser: { code: 10013, message: 'Unknown User' },
  dmAction: { code: 50003, message: 'Cannot execute action on a DM channel' },
  editOthers: { code: 50005, message: 'Cannot edit a message authored by another user' },
  missingPermissions: { code: 50013, message: 'Missing Permissions' },
  unknownCommand: { code: 10063, message: 'Unknown application command' },
  invalidWebhookToken: { code: 50027, message: 'Invalid Webhook Token' },
  missingAccess: { code: 50001, message: 'Missing Access' },
  emptyMessage: { code: 50006, message: 'Cannot send an empty message' },
  tooLarge: { code: 40005, message: 'Request entity too large' },
  badJson: { code: 50109, message: 'The request body contains invalid JSON.' },
} as const satisfies Record<string, DiscordErrorBody>;
