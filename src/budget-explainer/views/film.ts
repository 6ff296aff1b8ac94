/** A chapter's explainer film: a facade until the resident asks for it, and its transcript. */
import { html, nothing, type TemplateResult } from 'lit';
import { pickText } from '../../core/locale.js';
import { fill } from '../../core/texts.js';
import type { BudgetChapter } from '../../feed/generated/feed-types.js';
import { videoEmbed } from '../model.js';
import type { ViewContext } from '../types.js';

export interface FilmProps {
  /** Whether the resident asked for the film. Nothing is loaded from a video host before. */
  readonly playing: boolean;
  readonly onPlay: (chapterId: string) => void;
}

export function filmView(
  ctx: ViewContext,
  chapter: BudgetChapter,
  title: string,
  props: FilmProps,
): TemplateResult | typeof nothing {
  const { t, lang } = ctx;
  const embed = videoEmbed(chapter.video!, document.baseURI);
  if (!embed) return nothing;
  const transcript = pickText(chapter.transcript, lang);
  const seconds = chapter.duration;
  const duration =
    seconds === undefined
      ? ''
      : ` (${fill(t.filmDuration, { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })})`;
  // Static (print, PDF): no player and no links; the transcript, shown open, tells the film.
  if (ctx.isStatic) {
    return transcript
      ? html`<div class="film" part="film" data-film=${chapter.id}>
          <p class="transcript">${transcript}</p>
        </div>`
      : nothing;
  }
  let player: TemplateResult;
  if (embed.kind === 'link') {
    player = html`<a href=${embed.src} rel="noopener">${fill(t.filmOpen, { title, host: embed.host })}</a>`;
  } else if (!props.playing) {
    player = html`<button type="button" class="play" @click=${() => props.onPlay(chapter.id)}>
        <span class="play__icon" aria-hidden="true">▶</span> ${fill(t.filmPlay, { title })}${duration}
      </button>
      ${embed.host ? html`<p class="hint">${fill(t.filmNotice, { host: embed.host })}</p>` : nothing}`;
  } else if (embed.kind === 'file') {
    player = html`<video class="player" controls autoplay preload="metadata" src=${embed.src}>
      ${chapter.captions ? html`<track kind="captions" src=${chapter.captions} srclang=${lang} default />` : nothing}
    </video>`;
  } else {
    player = html`<iframe
      class="player"
      src=${embed.src}
      title=${fill(t.filmFrame, { title })}
      allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
      referrerpolicy="strict-origin-when-cross-origin"
    ></iframe>`;
  }
  return html`<div class="film" part="film" data-film=${chapter.id}>
    ${player} ${chapter.captions ? html`<p><a href=${chapter.captions}>${t.filmCaptions}</a></p>` : nothing}
    ${
      transcript
        ? html`<details class="table">
            <summary>${t.filmTranscript}</summary>
            <p class="transcript">${transcript}</p>
          </details>`
        : nothing
    }
  </div>`;
}
