import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';

const MAX_TOKEN_LENGTH = 200;

/** The token after `#`; the fragment never reaches a server, a proxy log or a Referer header. */
function tokenFrom(hash: string): string {
  let token = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    token = decodeURIComponent(token);
  } catch {
    // Leave it as it is: the server will call it invalid.
  }
  token = token.trim();
  return token.length > MAX_TOKEN_LENGTH ? '' : token;
}

/**
 * The token of a one-time link (`/set-password#…`, `/verify-email#…`). The address bar forgets it
 * at once; the page keeps it in memory only. Another link pasted into the address bar while the
 * page is open counts from then on, and `onNewLink` lets the page forget what it knew of the old one.
 */
export function useLinkToken(onNewLink?: () => void): string {
  const location = useLocation();
  const [token, setToken] = useState(() => tokenFrom(location.hash || window.location.hash));
  const [seenHash, setSeenHash] = useState(location.hash);
  if (location.hash !== '' && location.hash !== seenHash) {
    setSeenHash(location.hash);
    setToken(tokenFrom(location.hash));
    onNewLink?.();
  }
  useEffect(() => {
    if (window.location.hash === '') return;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  }, [location.hash]);
  return token;
}
