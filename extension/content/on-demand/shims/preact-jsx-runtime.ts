// `preact/jsx-runtime` in the on-demand script: the content script's own (see ../shared-runtime.ts, wxt.config.ts).
import { handover } from '../handover.js';

export const { Fragment, jsx, jsxAttr, jsxDEV, jsxEscape, jsxTemplate, jsxs } = handover().runtime.jsxRuntime;
