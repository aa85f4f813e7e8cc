import { Anchor } from '@mantine/core';
import { Fragment } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;
/** Punctuation that ends a sentence rather than the address. */
const TRAILING = /[.,;:!?)\]]+$/;

/**
 * Plain text with its web addresses as links (the verification and password links of a message
 * kept without a mail server are followed from here). Only http(s) addresses become links.
 */
export function LinkedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, index) => {
        if (index % 2 === 0) return <Fragment key={index}>{part}</Fragment>;
        const trailing = TRAILING.exec(part)?.[0] ?? '';
        const href = part.slice(0, part.length - trailing.length);
        return (
          <Fragment key={index}>
            <Anchor href={href} style={{ wordBreak: 'break-all' }}>
              {href}
            </Anchor>
            {trailing}
          </Fragment>
        );
      })}
    </>
  );
}
