import { Fragment } from 'react';

/**
 * A search highlight: the hub sends the record's text HTML-escaped with the matched words in
 * <em>…</em>. Rather than trusting that as HTML, the <em> marks become React elements and every
 * other part is decoded to plain text, so nothing a publisher typed can ever become markup.
 */
export function Highlighted({ html }: { html: string }) {
  const parts = html.split(/(<em>|<\/em>)/);
  let marked = false;
  return (
    <>
      {parts.map((part, index) => {
        if (part === '<em>') {
          marked = true;
          return null;
        }
        if (part === '</em>') {
          marked = false;
          return null;
        }
        const text = decode(part);
        return marked ? <mark key={index}>{text}</mark> : <Fragment key={index}>{text}</Fragment>;
      })}
    </>
  );
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&#x2F;': '/' };

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#39|#x27|#x2F);/g, (entity) => ENTITIES[entity] ?? entity);
}
