// `preact/hooks` in the on-demand script: the content script's own (see ../shared-runtime.ts, wxt.config.ts).
import { handover } from '../handover.js';

export const { useCallback, useContext, useDebugValue, useEffect, useErrorBoundary, useId, useImperativeHandle, useLayoutEffect, useMemo, useReducer, useRef, useState } =
  handover().runtime.hooks;
