import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import robotoFonts = require('pdfmake/fonts/Roboto');
import type { PacketDefinition } from './review-packet';

/**
 * Lays out PDFs with pdfmake on a thread of its own. A packet of hundreds of observations takes the CPU
 * for a second or more; on the request thread that second would stall every other request.
 * The worker is code in a string (the API is bundled into one file, so there is no worker file to
 * point at); it loads pdfmake from the same installation as the fonts, by absolute path.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { dirname } = require('node:path');
const pdfmake = require(workerData.pdfmakePath);
pdfmake.setFonts(workerData.fonts);
pdfmake.setUrlAccessPolicy(() => false);
// The packet embeds pdfmake's Roboto (it covers accented names) and may read nothing else.
pdfmake.setLocalAccessPolicy((path) => dirname(path) === workerData.fontDirectory);
parentPort.on('message', async ({ id, definition }) => {
  try {
    const { footerText, ...rest } = definition;
    const footer = (page, pages) => ({
      text: footerText + ' · page ' + page + ' of ' + pages,
      color: '#555555',
      fontSize: 8,
      alignment: 'center',
    });
    const buffer = await pdfmake.createPdf({ ...rest, footer }).getBuffer();
    parentPort.postMessage({ id, pdf: buffer });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack ? error.stack : error) });
  }
});
`;

interface Reply {
  id: number;
  pdf?: Uint8Array;
  error?: string;
}

@Injectable()
export class PacketRenderer implements OnModuleDestroy {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (pdf: Buffer) => void; reject: (error: Error) => void }
  >();

  render(definition: PacketDefinition): Promise<Buffer> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, definition });
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }

  private start(): Worker {
    const fontDirectory = dirname(robotoFonts['Roboto'].normal);
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        fonts: robotoFonts,
        fontDirectory,
        // fonts/Roboto/*.ttf sits two levels below the package; its entry point is js/index.js.
        pdfmakePath: join(dirname(dirname(fontDirectory)), 'js', 'index.js'),
      },
    });
    // An idle renderer must not keep a stopping process alive.
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.pdf) waiter?.resolve(Buffer.from(reply.pdf));
      else waiter?.reject(new Error(`The packet could not be laid out: ${reply.error ?? 'no reason'}`));
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => this.fail(new Error('The packet renderer stopped.')));
    this.worker = worker;
    return worker;
  }

  /** A dead worker fails what it held; the next packet starts a new one. */
  private fail(error: Error): void {
    this.worker = null;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
