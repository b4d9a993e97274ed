// `preact` in the on-demand script: the content script's own (see ../shared-runtime.ts, wxt.config.ts).
import { handover } from '../handover.js';

export const { Component, Fragment, cloneElement, createContext, createElement, createPortal, createRef, h, hydrate, isValidElement, options, render, toChildArray } =
  handover().runtime.preact;
