// `@preact/signals` in the on-demand script: the content script's own (see ../shared-runtime.ts, wxt.config.ts).
import { handover } from '../handover.js';

export const { Signal, action, batch, computed, createModel, effect, signal, untracked, useComputed, useModel, useSignal, useSignalEffect } = handover().runtime.signals;
