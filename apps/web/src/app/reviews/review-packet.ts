import { inject, Injectable } from '@angular/core';
import { Session } from '../core/session';
import { SessionKeeper } from '../core/session-keeper';

/**
 * Fetches a review's PDF packet with the session's bearer token (the packet is never reachable by a bare
 * link) and hands it to the browser as a download. An expired token is renewed once, as for GraphQL.
 */
@Injectable({ providedIn: 'root' })
export class ReviewPacket {
  private readonly session = inject(Session);
  private readonly keeper = inject(SessionKeeper);

  /** The file is named as the API names it (Content-Disposition), `fallbackName` if it does not. */
  async download(url: string, fallbackName: string): Promise<void> {
    let response = await this.fetchWith(url, this.session.token());
    if (response.status === 401 && (await this.keeper.renew(this.session.token())))
      response = await this.fetchWith(url, this.session.token());
    if (!response.ok) throw new Error(await this.messageOf(response));
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = fileNameOf(response) ?? fallbackName;
    link.click();
    // The click has handed the file over; the object URL is not needed after this turn.
    setTimeout(() => URL.revokeObjectURL(link.href));
  }

  private fetchWith(url: string, token: string | null): Promise<Response> {
    return fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  }

  private async messageOf(response: Response): Promise<string> {
    try {
      const body = (await response.json()) as { errors?: { message?: string }[] };
      const message = body.errors?.[0]?.message;
      if (message) return message;
    } catch {
      // Not Bridge's JSON: fall through to a sentence of our own.
    }
    return 'The packet could not be downloaded. Please try again in a moment.';
  }
}

/** The name in `Content-Disposition: attachment; filename*=UTF-8''…`, as the packet route sends it. */
function fileNameOf(response: Response): string | null {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : null;
}
