import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusFileSchema } from '../../src/model/corpus-schema.js';
import { extractQuotes } from '../../src/extract/extract-quotes.js';
import { topicFromQuestion } from '../../src/ingest/default-topic.js';
import { GOLD_DIR, HELD_OUT_DIR, loadLabelledArticles, type LabelledArticle } from './labelled-articles.js';

/**
 * Scores the extractor on hand-labelled articles: the gold set in test/fixtures/gold (written in the styles of
 * wire services, local TV, newspapers, student papers and a British outlet, on school debates other than the
 * seeds') and the held-out set in test/fixtures/gold/heldout, labelled before the extractor was ever run on it.
 * Held-out 01–05 never shaped a rule. Held-out 06–15 were labelled blind and scored blind (span F1 0.984,
 * speaker accuracy 0.916, stance 0.442: the honest estimate, see docs/ingest.md); their misses then led to
 * general attribution rules, so their scores now are no longer an unseen-copy figure. Held-out 16–25, a second
 * blind round, scored span F1 1.000, speaker accuracy 0.906 and stance 0.381 on first run, then led to more rules.
 * Held-out 26–37, a third blind round in twelve outlets' house styles, scored span F1 0.997, speaker accuracy 0.810
 * and stance 0.373 on first run (names longer than first-and-last, offices and descriptions standing for a person),
 * then led to more rules. Held-out 38–49, a fourth blind round stressing names from many languages, nicknames, initials,
 * title-only references and spokespeople, scored span F1 1.000, speaker accuracy 0.686 and stance 0.324 on first run,
 * then led to more rules (speaker 1.000, stance 0.367 now).
 * Held-out 50–59, a fifth blind round (ten new debates, wire/UK/local/student styles, organisations and spokespeople,
 * partial quotes, titles in quotes), scored span F1 1.000, speaker accuracy 0.957 (110/115) and stance 0.330 on first run,
 * then led to more rules (speaker 1.000, stance 0.348 now).
 * Held-out 60–69, a sixth blind round (ten more debates, Canadian, Irish, trade, public-radio, statehouse, suburban and
 * magazine styles), scored span F1 1.000, speaker accuracy 0.925 (124/134) and stance 0.470 on first run, then led to
 * more rules (speaker 1.000, stance 0.470 now).
 * Held-out 70–79, a seventh blind round scored for the first time only after round 6's rules were in (Reuters, British,
 * New Zealand, city, high-school, local-TV, nonprofit, rural-weekly, college and radio styles), scored span F1 0.996,
 * speaker accuracy 0.926 (125/135) and stance 0.430 on first run, then led to more rules (speaker 1.000, stance 0.437 now).
 * Held-out 80–89 and 90–99, an eighth and ninth blind round written at the same time (plain deadline copy from an AP
 * state wire, a big-city daily, a Southern paper, a Scottish paper, an Indian daily, TV, a beat blog, a trade paper,
 * a college paper and public radio; and a wire with agency statements, Houston with Spanish speakers, Philadelphia,
 * ABC, CBC, a weekly, a school paper, a magazine profile, a live blog and TV), were both first scored after the
 * rules from rounds 6 and 7 and from probing: span F1 1.000 and 1.000, speaker accuracy 0.902 (110/122) and 0.913
 * (126/138), stance 0.369 and 0.326. Their misses led to more rules (speaker 1.000 and 1.000 now).
 * Held-out 100–109 and 110–119, a tenth and eleventh blind round (the most ordinary copy of ten US and UK outlets;
 * and ten articles on police and safety in schools, the first corpus's own debate), both first scored after the rules
 * from rounds 8 and 9: span F1 1.000 and 1.000, speaker accuracy 0.930 (119/128) and 0.957 (132/138), stance 0.406 and
 * 0.623. Their misses led to more rules (speaker 1.000 and 1.000 now).
 * Held-out 120–129 and 130–139, a twelfth and thirteenth blind round (NPR, CNN, an Atlantic essay, the Texas Tribune,
 * the Deseret News, the Miami Herald with Spanish and Haitian Creole speakers, the Irish Independent, the Times of
 * India, a district press release, community radio; and Politico, Bloomberg, an Appalachian weekly, a Native paper,
 * Honolulu, a diocesan paper, a college town, a Vox explainer, AFP Manila, a parenting magazine), first scored after
 * the rules from rounds 10 and 11: span F1 1.000 and 1.000, speaker accuracy 0.888 (143/161) and 0.910 (121/133),
 * stance 0.373 and 0.406. Their misses led to more rules (speaker 1.000 and 1.000 now).
 * Held-out 140–149, a fourteenth blind round imitating the routine local and regional school coverage a teacher or
 * editor would paste in (AP state stories, city dailies, local TV, public radio, a business journal, a weekly, a
 * campus paper), first scored after the rules from rounds 12 and 13: span F1 1.000, speaker accuracy 0.984 (126/128),
 * stance 0.617; its one miss (a child named only "Amani, a fifth grader") led to one more rule (speaker 1.000 now).
 * Held-out 150–159, a fifteenth blind round of ten articles on the first corpus's own debate (police officers in
 * schools, with the question worded ten ways), first scored after round 14's rule: span F1 1.000, speaker accuracy
 * 0.938 (136/145), stance 0.448; its misses led to more rules (speaker 1.000 now).
 * Held-out 160–169 and 170–179, a sixteenth and seventeenth blind round (routine school coverage from ten US regions
 * and outlet types; ten more articles on police officers in schools, from Denver to Toronto and England), first
 * scored after round 15's rules: span F1 1.000 and 1.000, speaker accuracy 0.986 (139/141) and 0.979 (137/140), stance
 * 0.355 and 0.507. Their misses led to more rules (speaker 1.000 and 1.000 now).
 * Held-out 180–189 and 190–199, an eighteenth and nineteenth blind round (ten outlets outside the US: BBC NI, The
 * Telegraph, The Herald, RTÉ, CBC, the Sydney Morning Herald, RNZ, the Mail & Guardian, The Hindu, The Straits Times;
 * and ten US papers and stations, three on police in schools), first scored after round 17's rules: span F1 1.000 and
 * 1.000, speaker accuracy 0.897 (130/145) and 0.925 (124/134), stance 0.428 and 0.403. Their misses led to more rules
 * (speaker 0.993 and 0.985 now: three quotes whose gold names an organisation differently from the article's words,
 * "the state Department of …" labelled "Massachusetts Department of …", are left as misses).
 * Held-out 200–209 and 210–219, a twentieth and twenty-first blind round (ten US dailies, TV, Chalkbeat, a student
 * paper and a Spanish-language community paper; NPR, Reuters Tokyo, US metro papers, Ohio and Florida TV, a Southern
 * weekly, a school paper and The Guardian, five of them on police in schools), first scored after round 19's rules:
 * span F1 0.996 (a four-word quoted phrase the writer left unlabelled) and 1.000, speaker accuracy 0.985 (134/136) and
 * 0.972 (139/143), stance 0.353 and 0.490. Their misses led to more rules (speaker 1.000 and 0.993 now).
 * Held-out 220–229 and 230–239, a twenty-second and twenty-third blind round (US state, metro, TV, public-radio,
 * Chalkbeat, weekly and college copy; AP, WSJ, Chicago, Atlanta, Phoenix TV, Vermont Public, EdWeek, Winnipeg, The
 * Scotsman and Patch, five on police in schools), first scored after round 21's rules: span F1 1.000 and 1.000,
 * speaker accuracy 0.916 (131/143) and 0.954 (125/131), stance 0.517 and 0.481. Their misses led to more rules
 * (speaker 1.000 and 0.985 now).
 * Held-out 240–249 and 250–259, a twenty-fourth and twenty-fifth blind round (US state, city, TV, radio, The 74, a
 * weekly and a school paper; Reuters London, the Washington Post, Kansas City, Denver TV, the Sydney Morning Herald,
 * Memphis, KQED, Chalkbeat New York, WalesOnline and a rural weekly, five on police in schools), first scored after
 * round 23's rules: span F1 1.000 and 1.000, speaker accuracy 0.977 (127/130) and 0.957 (132/138), stance 0.477 and
 * 0.529. Their misses led to more rules (speaker 1.000 and 1.000 now).
 * Held-out 260–269, a twenty-sixth blind round (AP Alabama, Pittsburgh, San Antonio, Fresno, Georgia and Minnesota TV,
 * OPB, Chalkbeat Philadelphia, a Wyoming weekly, The Daily Iowan), first scored after round 25's rules: span F1 1.000,
 * speaker accuracy 0.985 (131/133), stance 0.383; its one miss ("Student Government President") led to one more rule.
 * Held-out 270–279, a twenty-seventh blind round (AP, USA Today, the Boston Globe, Louisville, New Mexico TV, Ohio public
 * radio, EdSource, the Toronto Star, The Irish Times, a school paper; five on police in schools), first scored after
 * round 26's rule: span F1 1.000, speaker accuracy 0.974 (149/153), stance 0.471; its misses led to more rules
 * (speaker 1.000 now).
 * Held-out 280–289 and 290–299, a twenty-eighth and twenty-ninth blind round (AP South Carolina, Hartford, Tulsa,
 * Spokane, Pennsylvania and Arizona TV, WPR, Chalkbeat Tennessee, a Kansas weekly, a community-college paper; Reuters,
 * the NYT, Columbus, Raleigh, Oklahoma TV, Colorado Public Radio, The 74, Halifax, The Herald, a school paper, five
 * on police in schools), first scored after round 27's rules: span F1 1.000 and 0.996, speaker accuracy 0.992
 * (123/124) and 0.955 (126/132; two of its misses are the gold's straight apostrophe in "Patrolmen's" where the
 * article has a curly one), stance 0.387 and 0.348. Their misses led to more rules.
 * Held-out 300–309 and 310–319, a thirtieth and thirty-first blind round (AP Mississippi, a metro daily, local TV,
 * Michigan Radio, Education Week, a student paper, the Yorkshire Post, the Hamilton Spectator, a weekly, Wisconsin Watch,
 * four on police and security in schools; AP Harrisburg, Reuters Abuja, a USA Today network paper, The Oklahoman, local
 * TV, Iowa Public Radio, Chalkbeat Colorado, a college paper, The Guardian, ABC News), first scored after round 29's
 * rules: span F1 1.000 and 1.000, speaker accuracy 0.934 (128/137) and 0.948 (128/135), stance 0.343 and 0.393. Their
 * misses led to more rules (speaker 0.993 and 1.000 now).
 * Held-out 320–329 and 330–339, a thirty-second and thirty-third blind round (a statehouse service, local TV, city and
 * state papers, public radio, a district beat reporter, a weekly, a UK regional and an Irish paper, three on police and
 * security in schools; AP, Reuters, Bloomberg, NPR, a NYT-style metro desk, a Washington Post-style story, CNN, Politico,
 * The Globe and Mail, The Irish Times, with people sharing surnames), first scored after round 31's rules: span F1
 * 1.000 and 1.000, speaker accuracy 0.964 (132/137) and 0.919 (124/135), stance 0.460 and 0.467. Their misses led to
 * more rules (speaker 1.000 and 0.993 now).
 * Held-out 340–349 and 350–359, a thirty-fourth and thirty-fifth blind round (AP state bureaus, metro dailies, local
 * TV, public radio, Chalkbeat, a weekly and a high-school paper, three on police and security in schools; the BBC,
 * The Times of India, the South China Morning Post, Al Jazeera, the Sydney Morning Herald, RNZ, the Daily Nation, a
 * francophone community paper, a Spanish-language community paper in English and the Irish Independent), first
 * scored after round 33's rules: span F1 1.000 and 0.996, speaker accuracy 0.977 (130/133) and 0.912 (125/137), stance
 * 0.489 and 0.255. Their misses led to more rules (speaker 1.000 and 0.978 now).
 * Held-out 360–369 and 370–379, a thirty-sixth and thirty-seventh blind round (AP, a metro daily, local TV, an NPR
 * station, Chalkbeat, a weekly, a business journal, a college and a high-school paper, four on police and security in
 * schools; The Guardian, The Times, BBC Derby, The Scotsman, WalesOnline, The Irish Times, the ABC, The Age, CBC and
 * Stuff), first scored after round 35's rules: span F1 1.000 and 0.992, speaker accuracy 0.992 (122/123) and 0.957
 * (112/117), stance 0.512 and 0.573. Their misses led to more rules (speaker 1.000 and 0.983 now).
 * Held-out 380–389 and 390–399, a thirty-eighth and thirty-ninth blind round (US regional papers, TV, public radio, a
 * rural weekly, a Navajo-area weekly, a Spanish-speaking community paper and a college paper, three on police and
 * security in schools; Reuters, AP, a WSJ-style and an Atlantic-style story, Education Week, Hechinger, Inside Higher
 * Ed, Times Higher Education, Canadian Press and AAP), first scored after round 37's rules: span F1 1.000 and 0.996,
 * speaker accuracy 0.993 (136/137) and 0.943 (116/123), stance 0.518 and 0.439. Their misses led to more rules (speaker
 * 1.000 and 0.992 now).
 * Held-out 400–409 and 410–419, a fortieth and forty-first blind round (the Herald, Daily Nation, Philippine Star,
 * Reuters, Wisconsin public radio, the Hindu, CBC, Stuff, the Gleaner, Texas Tribune; Dawn, the Star (Malaysia),
 * Graphic Online, a college paper, the New York Post, the Irish Times, Bloomberg, Alaska Public Media, the Guardian,
 * the Arizona Republic), both first scored with round 39's rules: span F1 1.000 and 1.000, speaker accuracy 0.861
 * (130/151) and 0.912 (124/136), stance 0.470 and 0.397. Their misses led to more rules (speaker 0.987 and 0.993 now).
 * Held-out 420–429 and 430–439, a forty-second and forty-third blind round (the Scotsman, Premium Times, SCMP, AP,
 * Ohio TV, the Australian, Times of India, Chalkbeat, an Atlantic-style feature, the Montreal Gazette; the Independent,
 * Rappler, the Citizen, an Iowa weekly, the LA Times, the National, Politico, Civil Beat, the Globe and Mail, an
 * Economist-style analysis), both first scored with the rules after round 41: span F1 1.000 and
 * 1.000, speaker accuracy 0.978 (135/138) and 0.925 (124/134), stance 0.399 and 0.530. Their misses led to more
 * rules (speaker 1.000 and 0.993 now).
 * Held-out 440–449, 450–459, 460–469 and 470–479, blind rounds 44 to 47 (Manchester Evening News, Mint, Bangkok Post, a
 * Chicago Black weekly, Korea Herald, RTÉ, a BuzzFeed-style explainer, Arkansas Democrat-Gazette, Daily Maverick, Inside
 * Higher Ed; Japan Times, Vanguard, MPR, SMH, Kyiv Independent, Georgia Recorder, Straits Times, Navajo Times, Le Monde
 * in English, WSJ; five on police and security in schools from US, Canadian, UK and Australian papers and a New
 * Yorker-style feature; Al Jazeera, The East African, The Advocate, Irish Examiner, Dawn, San Juan Daily Star, SBS
 * quoting The Conversation, Deseret News, RNZ, Chicago Tribune), all first scored with the rules after round 43: span
 * F1 1.000 in each, speaker accuracy 0.885 (123/139), 0.912 (124/136), 0.908 (118/130) and 0.897 (139/155), stance
 * 0.439, 0.500, 0.438 and 0.387. Their misses led to more rules (speaker 0.978, 0.993, 0.969 and 0.955 now).
 * Held-out 480–489 to 510–519, blind rounds 48 to 51 (everyday US local and regional copy; AP, the Guardian US, the
 * Texas Tribune, a high-school paper, the Canadian Press, the ABC, The Times, Gothamist and the Colorado Sun, five on
 * police and discipline; the Economic Times, the Jakarta Post, the Namibian, the Cayman Compass, BBC Scotland, The
 * Local Germany, Haaretz, the Buenos Aires Times, Nation.Cymru and the Fiji Times; Reuters, Education Week, Georgia
 * TV, Hechinger, the Santa Fe New Mexican, the Star-Advertiser, an Alaska weekly, the Boston Globe, Mississippi Today
 * and the Washington Post), first scored with the rules after round 47: span F1 1.000, 0.993, 0.996 and 1.000,
 * speaker accuracy 1.000 (164/164), 0.927 (139/150), 0.795 (101/127) and 0.949 (129/136), stance 0.530, 0.380, 0.370
 * and 0.456. Their misses led to more rules (speaker 1.000, 0.987, 0.945 and 0.971 now).
 * Held-out 520–529 to 550–559, blind rounds 52 to 55 (everyday US, British, Irish, Canadian, Australian and New Zealand
 * copy; US metros, TV and radio, seven on police and discipline; the Daily Star, Nepali Times, Gulf News, The
 * Peninsula, BusinessDay, The Standard, Times of Malta, Cyprus Mail, Taipei Times and Việt Nam News; an alt-weekly, a
 * trade magazine, a sports desk, a live blog, a Q&A explainer, a wire roundup, a profile, a court story, an opinion
 * analysis and a podcast write-up), first scored with the rules after round 51: span F1 1.000, 1.000, 0.992 and 1.000,
 * speaker accuracy 0.948 (128/135), 0.971 (132/136), 0.886 (117/132) and 0.950 (133/140), stance 0.481, 0.500,
 * 0.409 and 0.421. Their misses led to more rules (speaker 0.985, 0.985, 1.000 and 0.964 now).
 * Held-out 560–569 to 590–599, blind rounds 56 to 59 (ten stories on police and security in schools from US,
 * Canadian, UK and Australian outlets; everyday US local copy from ten states; The Hindu, Dhaka Tribune, Daily Mirror
 * (Sri Lanka), The Nation (Pakistan), Kathmandu Post, The Edge, Inquirer, Korea Times, Mainichi and Rappler; The
 * Guardian Nigeria, Citi Newsroom, The Herald (Zimbabwe), Mail & Guardian, The Monitor, The Citizen, Le Monde Afrique,
 * The Reporter, Egypt Independent and Morocco World News), first scored with the rules after round 55's: span F1
 * 1.000, 1.000, 1.000 and 0.993, speaker accuracy 0.890 (121/136), 0.992 (129/130), 0.902 (119/132) and 0.816
 * (111/136), stance 0.441, 0.446, 0.311 and 0.301. Their misses led to more rules (speaker 0.963, 0.992, 0.977 and
 * 0.890 now).
 * Held-out 600–609 and 610–619, blind rounds 60 and 61 (ten stories on police, security and discipline in US,
 * Canadian, UK and Australian local copy; everyday copy from Massachusetts, Oklahoma, Scotland, Wales, British Columbia,
 * Tasmania, Missouri, Indiana, New Mexico and Washington), first scored with the rules after round 59: span F1 0.996
 * and 0.996, speaker accuracy 0.969 (126/130) and 0.920 (126/137), stance 0.354 and 0.518. Their misses led to more
 * rules (speaker 1.000 and 0.978 now).
 * Held-out 620–669, blind rounds 62–66 (everyday US local copy from ten states; British, Irish, Scottish, Welsh,
 * Australian and New Zealand copy in single and double quotes; ten more stories on safety and discipline in schools;
 * wire and broadcast copy from AP, Reuters, AFP, Bloomberg, public radio and CNN; English-language outlets in Brazil,
 * Mexico, Colombia, Ethiopia, Somalia, Jordan, Jamaica, Sri Lanka, Bangladesh and Indonesia), first scored with the
 * rules after round 61: span F1 1.000, 0.996, 1.000, 1.000 and 1.000, speaker accuracy 0.978 (134/137), 0.934
 * (127/136), 0.993 (141/142), 0.958 (160/167) and 0.826 (109/132), stance 0.511, 0.375, 0.303, 0.299 and 0.341.
 * Their misses led to more rules (speaker 0.985, 0.949, 0.993, 0.958 and 0.924 now).
 * Held-out 670–699, blind rounds 67–69 (everyday US copy from ten lightly covered states, with courtesy titles in two;
 * everyday Canadian, Australian, New Zealand, Irish, Northern Irish, Welsh and Yorkshire copy; and ten debates outside
 * schools: a city budget, fares, rentals, a dog park, a bike lane, library hours, water rates, leaf blowers, a dead
 * mall, a hospital merger), first scored with the rules after round 66 and the end-to-end audits: span F1 1.000 in all
 * three, speaker accuracy 0.925 (149/161), 1.000 (134/134) and 0.934 (127/136), stance 0.391, 0.313 and 0.331. Their
 * misses led to more rules (speaker 0.981, 1.000 and 0.993 now).
 * Held-out 700–719, blind rounds 70 and 71 (everyday local copy on debates in and outside schools, US, UK and Canadian;
 * wire, national, magazine, court, legislative, health and business copy), first scored with the rules after the
 * fifth end-to-end audit: span F1 1.000 and 1.000, speaker accuracy 0.938 (121/129) and 0.885 (116/131), stance 0.395
 * and 0.336. Their misses led to two more rules (speaker 0.953 and 0.893 now).
 * A span counts
 * only when start and end are exact; speaker and stance are judged on the spans found. A quote with no stance
 * proposal counts as `mixed`, the side ingest files it under.
 */
const loadSet = loadLabelledArticles;

type Article = LabelledArticle;

interface Scores {
  readonly f1: number;
  readonly speakerAccuracy: number;
  readonly stanceAgreement: number;
  readonly report: string;
}

function score(name: string, articles: readonly Article[]): Scores {
  let predicted = 0;
  let gold = 0;
  let matched = 0;
  let speakerRight = 0;
  let stanceRight = 0;
  let continuesRight = 0;
  const misses: string[] = [];
  for (const article of articles) {
    const topic = topicFromQuestion(article.meta.question ?? '');
    const quotes = extractQuotes(article.body, { topic });
    const direct = quotes.filter((quote) => quote.kind === 'direct');
    predicted += direct.length;
    gold += article.spans.length;
    for (const span of article.spans) {
      const hit = direct.find((quote) => quote.start === span.start && quote.end === span.end);
      if (hit === undefined) {
        misses.push(`${article.file}: missed “${span.text.slice(0, 50)}”`);
        continue;
      }
      matched += 1;
      if (hit.speaker === span.speaker) speakerRight += 1;
      else misses.push(`${article.file}: speaker ${hit.speaker} for ${span.speaker} “${span.text.slice(0, 40)}”`);
      const proposed = hit.stance ?? 'mixed';
      if (proposed === span.stance) stanceRight += 1;
      else misses.push(`${article.file}: stance ${proposed} for ${span.stance} “${span.text.slice(0, 40)}” (${hit.stanceBasis.slice(0, 140)})`);
      const target = hit.continues === undefined ? undefined : quotes[hit.continues]?.text;
      if ((span.continues === undefined && target === undefined) || (span.continues !== undefined && target?.startsWith(span.continues))) continuesRight += 1;
      else misses.push(`${article.file}: continues ${target?.slice(0, 30)} for ${span.continues} “${span.text.slice(0, 40)}”`);
    }
    for (const quote of direct) {
      if (!article.spans.some((span) => span.start === quote.start && span.end === quote.end)) misses.push(`${article.file}: extra “${quote.text.slice(0, 50)}” (${quote.speaker})`);
    }
  }
  const precision = matched / Math.max(1, predicted);
  const recall = matched / Math.max(1, gold);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const speakerAccuracy = speakerRight / Math.max(1, matched);
  const stanceAgreement = stanceRight / Math.max(1, matched);
  const report = [
    `${name}: ${articles.length} articles, ${gold} direct quotes, ${predicted} extracted`,
    `  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  span F1 ${f1.toFixed(3)}`,
    `  speaker accuracy ${speakerAccuracy.toFixed(3)}  continuation links ${(continuesRight / Math.max(1, matched)).toFixed(3)}  stance agreement ${stanceAgreement.toFixed(3)} (${stanceRight}/${matched})`,
    ...misses.map((miss) => `    ${miss}`),
  ].join('\n');
  return { f1, speakerAccuracy, stanceAgreement, report };
}

const goldSet = loadSet(GOLD_DIR);
const heldOut = loadSet(HELD_OUT_DIR);

describe('the extractor on the gold set', () => {
  it('has at least 15 labelled articles on other school debates, and a held-out set of at least 4', () => {
    expect(goldSet.length).toBeGreaterThanOrEqual(15);
    expect(heldOut.length).toBeGreaterThanOrEqual(4);
    for (const article of [...goldSet, ...heldOut]) expect(article.meta.question).not.toBeNull();
  });

  it('reaches span F1 ≥ 0.97, speaker accuracy ≥ 0.95 and the stance floor on the gold set', () => {
    const scores = score('gold set', goldSet);
    console.log(scores.report);
    expect(scores.f1).toBeGreaterThanOrEqual(0.97);
    expect(scores.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(scores.stanceAgreement).toBeGreaterThanOrEqual(STANCE_FLOOR.gold);
  });

  it('keeps its span, speaker and stance scores on the held-out articles (the honest estimate)', () => {
    const scores = score('held-out 01–37', heldOutRange(1, 37));
    // Round 5 (50–59) is printed in full and held to its own floors, set from its first run (see ROUND5_FLOOR).
    const round5 = score('held-out 50–59 (blind round 5)', heldOutRange(50, 59));
    console.log(round5.report);
    expect(round5.f1).toBeGreaterThanOrEqual(ROUND5_FLOOR.f1);
    expect(round5.speakerAccuracy).toBeGreaterThanOrEqual(ROUND5_FLOOR.speaker);
    expect(round5.stanceAgreement).toBeGreaterThanOrEqual(ROUND5_FLOOR.stance);
    const round6 = score('held-out 60–69 (blind round 6)', heldOutRange(60, 69));
    console.log(round6.report);
    expect(round6.f1).toBeGreaterThanOrEqual(ROUND6_FLOOR.f1);
    expect(round6.speakerAccuracy).toBeGreaterThanOrEqual(ROUND6_FLOOR.speaker);
    expect(round6.stanceAgreement).toBeGreaterThanOrEqual(ROUND6_FLOOR.stance);
    const round7 = score('held-out 70–79 (blind round 7)', heldOutRange(70, 79));
    console.log(round7.report);
    expect(round7.f1).toBeGreaterThanOrEqual(ROUND7_FLOOR.f1);
    expect(round7.speakerAccuracy).toBeGreaterThanOrEqual(ROUND7_FLOOR.speaker);
    expect(round7.stanceAgreement).toBeGreaterThanOrEqual(ROUND7_FLOOR.stance);
    for (const [name, from, to, floor] of [
      ['held-out 80–89 (blind round 8)', 80, 89, ROUND8_FLOOR],
      ['held-out 90–99 (blind round 9)', 90, 99, ROUND9_FLOOR],
      ['held-out 100–109 (blind round 10)', 100, 109, ROUND10_FLOOR],
      ['held-out 110–119 (blind round 11)', 110, 119, ROUND11_FLOOR],
      ['held-out 120–129 (blind round 12)', 120, 129, ROUND12_FLOOR],
      ['held-out 130–139 (blind round 13)', 130, 139, ROUND13_FLOOR],
      ['held-out 140–149 (blind round 14)', 140, 149, ROUND14_FLOOR],
      ['held-out 150–159 (blind round 15)', 150, 159, ROUND15_FLOOR],
      ['held-out 160–169 (blind round 16)', 160, 169, ROUND16_FLOOR],
      ['held-out 170–179 (blind round 17)', 170, 179, ROUND17_FLOOR],
      ['held-out 180–189 (blind round 18)', 180, 189, ROUND18_FLOOR],
      ['held-out 190–199 (blind round 19)', 190, 199, ROUND19_FLOOR],
      ['held-out 200–209 (blind round 20)', 200, 209, ROUND20_FLOOR],
      ['held-out 210–219 (blind round 21)', 210, 219, ROUND21_FLOOR],
      ['held-out 220–229 (blind round 22)', 220, 229, ROUND22_FLOOR],
      ['held-out 230–239 (blind round 23)', 230, 239, ROUND23_FLOOR],
      ['held-out 240–249 (blind round 24)', 240, 249, ROUND24_FLOOR],
      ['held-out 250–259 (blind round 25)', 250, 259, ROUND25_FLOOR],
      ['held-out 260–269 (blind round 26)', 260, 269, ROUND26_FLOOR],
      ['held-out 270–279 (blind round 27)', 270, 279, ROUND27_FLOOR],
      ['held-out 280–289 (blind round 28)', 280, 289, ROUND28_FLOOR],
      ['held-out 290–299 (blind round 29)', 290, 299, ROUND29_FLOOR],
      ['held-out 300–309 (blind round 30)', 300, 309, ROUND30_FLOOR],
      ['held-out 310–319 (blind round 31)', 310, 319, ROUND31_FLOOR],
      ['held-out 320–329 (blind round 32)', 320, 329, ROUND32_FLOOR],
      ['held-out 330–339 (blind round 33)', 330, 339, ROUND33_FLOOR],
      ['held-out 340–349 (blind round 34)', 340, 349, ROUND34_FLOOR],
      ['held-out 350–359 (blind round 35)', 350, 359, ROUND35_FLOOR],
      ['held-out 360–369 (blind round 36)', 360, 369, ROUND36_FLOOR],
      ['held-out 370–379 (blind round 37)', 370, 379, ROUND37_FLOOR],
      ['held-out 380–389 (blind round 38)', 380, 389, ROUND38_FLOOR],
      ['held-out 390–399 (blind round 39)', 390, 399, ROUND39_FLOOR],
      ['held-out 400–409 (blind round 40)', 400, 409, ROUND40_FLOOR],
      ['held-out 410–419 (blind round 41)', 410, 419, ROUND41_FLOOR],
      ['held-out 420–429 (blind round 42)', 420, 429, ROUND42_FLOOR],
      ['held-out 430–439 (blind round 43)', 430, 439, ROUND43_FLOOR],
      ['held-out 440–449 (blind round 44)', 440, 449, ROUND44_FLOOR],
      ['held-out 450–459 (blind round 45)', 450, 459, ROUND45_FLOOR],
      ['held-out 460–469 (blind round 46)', 460, 469, ROUND46_FLOOR],
      ['held-out 470–479 (blind round 47)', 470, 479, ROUND47_FLOOR],
      ['held-out 480–489 (blind round 48)', 480, 489, ROUND48_FLOOR],
      ['held-out 490–499 (blind round 49)', 490, 499, ROUND49_FLOOR],
      ['held-out 500–509 (blind round 50)', 500, 509, ROUND50_FLOOR],
      ['held-out 510–519 (blind round 51)', 510, 519, ROUND51_FLOOR],
      ['held-out 520–529 (blind round 52)', 520, 529, ROUND52_FLOOR],
      ['held-out 530–539 (blind round 53)', 530, 539, ROUND53_FLOOR],
      ['held-out 540–549 (blind round 54)', 540, 549, ROUND54_FLOOR],
      ['held-out 550–559 (blind round 55)', 550, 559, ROUND55_FLOOR],
      ['held-out 560–569 (blind round 56)', 560, 569, ROUND56_FLOOR],
      ['held-out 570–579 (blind round 57)', 570, 579, ROUND57_FLOOR],
      ['held-out 580–589 (blind round 58)', 580, 589, ROUND58_FLOOR],
      ['held-out 590–599 (blind round 59)', 590, 599, ROUND59_FLOOR],
      ['held-out 600–609 (blind round 60)', 600, 609, ROUND60_FLOOR],
      ['held-out 610–619 (blind round 61)', 610, 619, ROUND61_FLOOR],
      ['held-out 620–629 (blind round 62)', 620, 629, ROUND62_FLOOR],
      ['held-out 630–639 (blind round 63)', 630, 639, ROUND63_FLOOR],
      ['held-out 640–649 (blind round 64)', 640, 649, ROUND64_FLOOR],
      ['held-out 650–659 (blind round 65)', 650, 659, ROUND65_FLOOR],
      ['held-out 660–669 (blind round 66)', 660, 669, ROUND66_FLOOR],
      ['held-out 670–679 (blind round 67)', 670, 679, ROUND67_FLOOR],
      ['held-out 680–689 (blind round 68)', 680, 689, ROUND68_FLOOR],
      ['held-out 690–699 (blind round 69)', 690, 699, ROUND69_FLOOR],
      ['held-out 700–709 (blind round 70)', 700, 709, ROUND70_FLOOR],
      ['held-out 710–719 (blind round 71)', 710, 719, ROUND71_FLOOR],
    ] as const) {
      const round = score(name, heldOutRange(from, to));
      console.log(round.report);
      expect(round.f1).toBeGreaterThanOrEqual(floor.f1);
      expect(round.speakerAccuracy).toBeGreaterThanOrEqual(floor.speaker);
      expect(round.stanceAgreement).toBeGreaterThanOrEqual(floor.stance);
    }
    console.log(scores.report);
    // Round 4 (38–49) is printed in full. Its speaker accuracy was 0.686 on first run; after the name-grammar rules
    // (0.803), the definite-description resolver and the given-name rules it was 0.952 (179/188); surname particles, Arabic
    // prefixes, organisation-name and closing-particle rules bring it to 1.000 (188/188, see docs/ingest.md), over the bar, which it is now held to on its own (scored apart so its first-run figure stays visible).
    const round4 = score('held-out 38–49 (blind round 4)', heldOutRange(38, 49));
    console.log(round4.report);
    expect(round4.f1).toBeGreaterThanOrEqual(0.99);
    expect(round4.speakerAccuracy).toBeGreaterThanOrEqual(ROUND4_SPEAKER_FLOOR);
    for (const [name, from, to] of HELD_OUT_ROUNDS) console.log(score(name, heldOutRange(from, to)).report.split('\n').slice(0, 3).join('\n'));
    expect(scores.f1).toBeGreaterThanOrEqual(0.97);
    expect(scores.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
    // Each held-out batch keeps the stance it reached: a new, harder batch must not hide a drop on the older ones.
    expect(score('held-out 01–15', heldOutRange(1, 15)).stanceAgreement).toBeGreaterThanOrEqual(STANCE_FLOOR.heldOut);
    expect(score('held-out 16–25', heldOutRange(16, 25)).stanceAgreement).toBeGreaterThanOrEqual(STANCE_FLOOR.heldOutRound2);
    expect(score('held-out 26–37', heldOutRange(26, 37)).stanceAgreement).toBeGreaterThanOrEqual(STANCE_FLOOR.heldOutRound3);
    expect(round4.stanceAgreement).toBeGreaterThanOrEqual(STANCE_FLOOR.heldOutRound4);
  });

  it('agrees with the reviewed sides of the seed corpus (its own topic and side words)', () => {
    const corpus = CorpusFileSchema.parse(JSON.parse(readFileSync(new URL('../../corpus/corpus.json', import.meta.url), 'utf8')));
    let right = 0;
    let total = 0;
    const misses: string[] = [];
    for (const article of corpus.articles) {
      const topic = corpus.topics.find((candidate) => candidate.id === article.topic);
      const body = readFileSync(new URL(`../../corpus/${article.file}`, import.meta.url), 'utf8');
      const found = extractQuotes(body, { topic });
      for (const quote of article.quotes.filter((candidate) => candidate.kind === 'direct')) {
        const hit = found.find((candidate) => candidate.start === quote.start && candidate.end === quote.end);
        total += 1;
        if ((hit?.stance ?? 'mixed') === quote.side) right += 1;
        else misses.push(`    ${article.id}: ${hit?.stance ?? 'mixed'} for ${quote.side} “${quote.text.slice(0, 40)}” (${hit?.stanceBasis.slice(0, 120)})`);
      }
    }
    console.log([`seed corpus: stance agreement ${(right / Math.max(1, total)).toFixed(3)} (${right}/${total})`, ...misses].join('\n'));
    expect(right / Math.max(1, total)).toBeGreaterThanOrEqual(STANCE_FLOOR.seeds);
  });
});

/** The held-out rounds, each labelled blind before the extractor ran on it, scored apart so each round's figures can be compared with its first run. */
const HELD_OUT_ROUNDS: ReadonlyArray<readonly [string, number, number]> = [
  ['held-out 01–05', 1, 5],
  ['held-out 06–15 (blind round 1)', 6, 15],
  ['held-out 16–25 (blind round 2)', 16, 25],
  ['held-out 26–37 (blind round 3)', 26, 37],
  ['held-out 38–49 (blind round 4)', 38, 49],
  ['held-out 50–59 (blind round 5)', 50, 59],
  ['held-out 60–69 (blind round 6)', 60, 69],
  ['held-out 70–79 (blind round 7)', 70, 79],
  ['held-out 80–89 (blind round 8)', 80, 89],
  ['held-out 90–99 (blind round 9)', 90, 99],
  ['held-out 100–109 (blind round 10)', 100, 109],
  ['held-out 110–119 (blind round 11)', 110, 119],
  ['held-out 120–129 (blind round 12)', 120, 129],
  ['held-out 130–139 (blind round 13)', 130, 139],
  ['held-out 140–149 (blind round 14)', 140, 149],
  ['held-out 150–159 (blind round 15)', 150, 159],
  ['held-out 160–169 (blind round 16)', 160, 169],
  ['held-out 170–179 (blind round 17)', 170, 179],
  ['held-out 180–189 (blind round 18)', 180, 189],
  ['held-out 190–199 (blind round 19)', 190, 199],
  ['held-out 200–209 (blind round 20)', 200, 209],
  ['held-out 210–219 (blind round 21)', 210, 219],
  ['held-out 220–229 (blind round 22)', 220, 229],
  ['held-out 230–239 (blind round 23)', 230, 239],
  ['held-out 240–249 (blind round 24)', 240, 249],
  ['held-out 250–259 (blind round 25)', 250, 259],
  ['held-out 260–269 (blind round 26)', 260, 269],
  ['held-out 270–279 (blind round 27)', 270, 279],
  ['held-out 280–289 (blind round 28)', 280, 289],
  ['held-out 290–299 (blind round 29)', 290, 299],
  ['held-out 300–309 (blind round 30)', 300, 309],
  ['held-out 310–319 (blind round 31)', 310, 319],
  ['held-out 320–329 (blind round 32)', 320, 329],
  ['held-out 330–339 (blind round 33)', 330, 339],
  ['held-out 340–349 (blind round 34)', 340, 349],
  ['held-out 350–359 (blind round 35)', 350, 359],
  ['held-out 360–369 (blind round 36)', 360, 369],
  ['held-out 370–379 (blind round 37)', 370, 379],
  ['held-out 380–389 (blind round 38)', 380, 389],
  ['held-out 390–399 (blind round 39)', 390, 399],
  ['held-out 400–409 (blind round 40)', 400, 409],
  ['held-out 410–419 (blind round 41)', 410, 419],
  ['held-out 420–429 (blind round 42)', 420, 429],
  ['held-out 430–439 (blind round 43)', 430, 439],
  ['held-out 440–449 (blind round 44)', 440, 449],
  ['held-out 450–459 (blind round 45)', 450, 459],
  ['held-out 460–469 (blind round 46)', 460, 469],
  ['held-out 470–479 (blind round 47)', 470, 479],
  ['held-out 480–489 (blind round 48)', 480, 489],
  ['held-out 490–499 (blind round 49)', 490, 499],
  ['held-out 500–509 (blind round 50)', 500, 509],
  ['held-out 510–519 (blind round 51)', 510, 519],
  ['held-out 520–529 (blind round 52)', 520, 529],
  ['held-out 530–539 (blind round 53)', 530, 539],
  ['held-out 540–549 (blind round 54)', 540, 549],
  ['held-out 550–559 (blind round 55)', 550, 559],
  ['held-out 560–569 (blind round 56)', 560, 569],
  ['held-out 570–579 (blind round 57)', 570, 579],
  ['held-out 580–589 (blind round 58)', 580, 589],
  ['held-out 590–599 (blind round 59)', 590, 599],
  ['held-out 600–609 (blind round 60)', 600, 609],
  ['held-out 610–619 (blind round 61)', 610, 619],
  ['held-out 620–629 (blind round 62)', 620, 629],
  ['held-out 630–639 (blind round 63)', 630, 639],
  ['held-out 640–649 (blind round 64)', 640, 649],
  ['held-out 650–659 (blind round 65)', 650, 659],
  ['held-out 660–669 (blind round 66)', 660, 669],
  ['held-out 670–679 (blind round 67)', 670, 679],
  ['held-out 680–689 (blind round 68)', 680, 689],
  ['held-out 690–699 (blind round 69)', 690, 699],
  ['held-out 700–709 (blind round 70)', 700, 709],
  ['held-out 710–719 (blind round 71)', 710, 719],
];

function heldOutRange(from: number, to: number): Article[] {
  return heldOut.filter((article) => {
    const n = Number.parseInt(article.file, 10);
    return n >= from && n <= to;
  });
}

/** The stance agreement reached and enforced: raise these when the model improves, never lower them quietly. */
const STANCE_FLOOR = { gold: 0.73, heldOut: 0.45, heldOutRound2: 0.38, heldOutRound3: 0.39, heldOutRound4: 0.36, seeds: 0.7 };

/** Blind round 4's speaker floor: the figure reached after its rules (1.000, 188/188; 0.686 on first run). */
const ROUND4_SPEAKER_FLOOR = 0.99;

/**
 * Blind round 5's floors: first run span F1 1.000, speaker 0.957 (110/115), stance 0.330 (38/115); after its rules
 * (organisations named after places, "Bill" as a given name, "Sir"/"Dame", possessive title appositives, a verb
 * coordinated after a partial quote) span F1 1.000, speaker 1.000 (115/115), stance 0.348 (40/115), held here
 * rounded down.
 */
const ROUND5_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.34 };

/**
 * Blind round 6's floors: first run span F1 1.000, speaker 0.925 (124/134), stance 0.470 (63/134); after its rules
 * (person nouns before unknown names, "Fr"-style titles, an office after an organisation opening with a title word,
 * given-name-only people, organisation appositives, back-to-back appositives, group nouns closing an organisation)
 * span F1 1.000, speaker 1.000 (134/134), stance 0.470 (63/134), held here rounded down.
 */
const ROUND6_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.46 };

/**
 * Blind round 7's floors: first run (after round 6's rules) span F1 0.996 (one petition title taken for a quotation),
 * speaker 0.926 (125/135), stance 0.430 (58/135); after its rules ("of Teachers" closing an organisation, thousands
 * separators in appositives, "the ministry", a pronoun to the reporting subject, "the pastor" for a Rev., building
 * names after "in", "titled …") span F1 1.000, speaker 1.000 (135/135), stance 0.437 (59/135), held here rounded down.
 */
const ROUND7_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.43 };

/**
 * Blind rounds 8 and 9, first run: span F1 1.000 and 1.000, speaker 0.902 (110/122) and 0.913 (126/138), stance 0.369
 * (45/122) and 0.326 (45/138). After their rules (passive and subordinate-clause verbs after a quote, "Chief Executive"
 * and "Superintendent Dr." titles, the first of two Spanish surnames, acting acronyms, "the authority", an unnamed
 * spokesperson's organisation, appositives between a name and its verb, "an advocate with X", the author of "the
 * statement"/"the letter", number words in surnames): speaker 1.000 (122/122) and 1.000 (138/138), stance 0.402 and
 * 0.326, held here rounded down.
 */
const ROUND8_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.4 };
// Stance 0.312 (43/138) since reported speech after a title became a paraphrase ("Moyle said she would support
// compulsory lessons if…" now counts for a speaker the writer judged mixed); over all held-out the change is even.
const ROUND9_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.31 };

/**
 * Blind rounds 10 and 11, first run: span F1 1.000 and 1.000, speaker 0.930 (119/128) and 0.957 (132/138), stance
 * 0.406 (52/128) and 0.623 (86/138). After their rules ("Chapter", "Order", "Lodge 17" in organisation names, "Mr. de la
 * Rosa", "adding that …", initials acronyms like "DfE", spelled-out ages, pronouns over a given name's usual gender,
 * "the mother sits …" as a described subject, another word for "the statement", the short form of an organisation
 * named before): speaker 1.000 (128/128) and 1.000 (138/138), stance 0.406 and 0.587 (81/138; three of its quotes
 * changed side with their now-right speaker), held here rounded down.
 */
const ROUND10_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.4 };
// Stance 0.580 (80/138), one quote less, since a word of the question's own ("fail" in "pass/fail") stopped counting as a
// fault or praise, which gained eight quotes and cut twenty-one for/against mix-ups over all held-out.
const ROUND11_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.57 };

/**
 * Blind rounds 12 and 13, first run: span F1 1.000 and 1.000, speaker 0.888 (143/161) and 0.910 (121/133), stance
 * 0.373 (60/161) and 0.406 (54/133). After their rules (places after "in"/"from" and a comma even when their first word
 * is a given name, the reporting subject past an aside, ordinals closing a name, "Sr." as Sister, given names alone
 * after a religious title, a branch named with its organisation, union local numbers, hyphenated double surnames,
 * possessive descriptions, "the association's director" as a described subject): speaker 1.000 (161/161) and 1.000
 * (133/133), stance 0.385 and 0.391, held here rounded down.
 */
const ROUND12_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.38 };
const ROUND13_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.39 };

/** Blind round 14, first run: span F1 1.000, speaker 0.984 (126/128), stance 0.617 (79/128); after its rule speaker 1.000. */
const ROUND14_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.61 };

/** Blind round 15, first run: span F1 1.000, speaker 0.938 (136/145), stance 0.448 (65/145); after its rules speaker 1.000, stance 0.455. */
const ROUND15_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.45 };

/**
 * Blind rounds 16 and 17, first run: span F1 1.000 and 1.000, speaker 0.986 (139/141) and 0.979 (137/140), stance 0.355
 * (50/141) and 0.507 (71/140). After their rules (a woven quote after "and called", a descriptor or group noun inside an
 * organisation's name, participles as reports only after a comma): speaker 1.000 and 1.000, held here rounded down.
 */
const ROUND16_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.35 };
const ROUND17_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.5 };

/**
 * Blind rounds 18 and 19, first run: span F1 1.000 and 1.000, speaker 0.897 (130/145) and 0.925 (124/134), stance 0.428
 * (62/145) and 0.403 (54/134). After their rules (four- and five-word names, initials first, "Madam", "Headmistress",
 * "Reverend", post-nominals like "TD", an unnamed organisation spokeswoman's "she", bracketed short names, passive woven
 * verbs, "the state education department", "his first name, Jaylen,", a subject over a name after "like"/"after"):
 * speaker 0.993 (144/145) and 0.985 (132/134), held here rounded down.
 */
const ROUND18_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.42 };
const ROUND19_FLOOR = { f1: 0.99, speaker: 0.98, stance: 0.4 };

/**
 * Blind rounds 20 and 21, first run: span F1 0.996 and 1.000, speaker 0.985 (134/136) and 0.972 (139/143), stance 0.353
 * (48/136) and 0.490 (70/143). After their rules (a person noun opening a sentence before a name, "Minister" as a title,
 * a woven quote after ", adding that", no law as "it"): speaker 1.000 and 0.993, held here rounded down.
 */
const ROUND20_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.35 };
const ROUND21_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.48 };

/**
 * Blind rounds 22 and 23, first run: span F1 1.000 and 1.000, speaker 0.916 (131/143) and 0.954 (125/131), stance 0.517
 * (74/143) and 0.481 (63/131). After their rules ("the system", hyphenated school years, an office with a field and a
 * courtesy title, "X and Y Association", quoted nicknames, a surname for people already introduced, Gaelic "Mac an
 * t-Saoir", "Eighth-grader"): speaker 1.000 and 0.985, held here rounded down.
 */
const ROUND22_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.5 };
const ROUND23_FLOOR = { f1: 0.99, speaker: 0.98, stance: 0.48 };

/**
 * Blind rounds 24 and 25, first run: span F1 1.000 and 1.000, speaker 0.977 (127/130) and 0.957 (132/138), stance 0.477
 * (62/130) and 0.529 (73/138). After their rules (a person after "a teacher at <Place>,", "the activities association",
 * "X Minister A and Y Minister B", Welsh "ap", "Aunty"): speaker 1.000 and 1.000, held here rounded down.
 */
const ROUND24_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.47 };
const ROUND25_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.51 };

/** Blind round 26, first run: span F1 1.000, speaker 0.985 (131/133), stance 0.383 (51/133); after its rule speaker 1.000. */
const ROUND26_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.38 };

/** Blind round 27, first run: span F1 1.000, speaker 0.974 (149/153), stance 0.471 (72/153); after its rules speaker 1.000. */
const ROUND27_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.47 };

/**
 * Blind rounds 28 and 29, first run: span F1 1.000 and 0.996, speaker 0.992 (123/124) and 0.955 (126/132), stance 0.387
 * (48/124) and 0.348 (46/132). After their rules (a union local with a group noun; a two-word sentence with a number is
 * no title): speaker 1.000 and 0.955 (127/133: two are the apostrophe, four are left — "she said" after a sentence
 * naming a council, a father and daughter sharing a surname, a quote named only in the next paragraph), held here
 * rounded down.
 */
const ROUND28_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.39 };
// Stance 0.338 (45/133) since the narration rules for critics answered and criticism rebuffed, which cost this round
// one quote and gained thirty over all of held-out 001–669.
const ROUND29_FLOOR = { f1: 0.99, speaker: 0.96, stance: 0.33 };

/**
 * Blind rounds 30 and 31, first run (after round 29's rules): span F1 1.000 and 1.000, speaker 0.934 (128/137) and
 * 0.948 (128/135), stance 0.343 and 0.393. After their rules (a name after an organisation noun; "Elections" and
 * "Universities" as organisation words; no context across a paragraph break; a parent over a young child for a shared
 * surname; ", now 17,"; "One freshman, Lucía, who …"; "She’s"; "Chief Investment Officer"; "The Labour MP X"; an
 * organisation's short form): speaker 0.993 (136/137: the one left is the gold's straight apostrophe) and 1.000.
 */
const ROUND30_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.35 };
const ROUND31_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.39 };

/**
 * Blind rounds 32 and 33, first run (after round 31's rules): span F1 1.000 and 1.000, speaker 0.964 (132/137) and
 * 0.919 (124/135), stance 0.460 and 0.467. After their rules ("X Chiefs of Police Association"; "Primary" and
 * "Secondary" as organisation words; a parliament office before a name; "His daughter, X, 8,"; "Mr."/"Ms."/"Dr" among
 * people sharing a surname; "the CFO"; a named spokesperson; "the mother" for one who picked up her daughter): speaker
 * 1.000 and 0.993 (134/135: "The provider said he" is left).
 */
const ROUND32_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.45 };
const ROUND33_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.45 };

/**
 * Blind rounds 34 and 35, first run (after round 33's rules): span F1 1.000 and 0.996 (a four-word French slogan
 * taken for a quotation), speaker 0.977 (130/133) and 0.912 (125/137), stance 0.489 and 0.255. After their rules
 * (compass words are no given names; "the club", "the bureau"; "headmistress"; a descriptor opening a sentence
 * before unknown name words; a country's possessive before a ministry; an acronym opening unknown name words): speaker
 * 1.000 and 0.978 (134/137), then 0.985 after round 39's French organisation names (left: two quotes whose "she said"
 * follows a band named "Mariachi Los Halcones").
 */
const ROUND34_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.48 };
const ROUND35_FLOOR = { f1: 0.99, speaker: 0.98, stance: 0.25 };

/**
 * Blind rounds 36 and 37, first run (after round 35's rules): span F1 1.000 and 0.992 (the one miss was a gold text
 * that left out the full stop inside its quotation marks, against the labelling convention; corrected after the
 * run), speaker 0.992 (122/123) and 0.957 (112/117), stance 0.512 and 0.573. After their rules ("St." inside a name;
 * an organisation's name ends at its possessive): speaker 1.000 and 0.983 (116/118: left are the two pieces of one quotation
 * whose "he said" follows "He and Whitley had spoken …, and he said").
 */
const ROUND36_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.51 };
const ROUND37_FLOOR = { f1: 0.99, speaker: 0.98, stance: 0.57 };

/**
 * Blind rounds 38 and 39, first run (after round 37's rules): span F1 1.000 and 0.996 (a four-word quoted phrase
 * the writer meant as a scare quote), speaker 0.993 (136/137) and 0.943 (116/123), stance 0.518 and 0.439. After their
 * rules (a given name takes the surname the copy wrote with it before; "the researcher" for academics by field;
 * "the teen"; an organisation's name going on after "for" with an organisation word; a plural acronym closing a run):
 * speaker 1.000 and 0.992, then 1.000 once French organisation names kept their lower-case words (which also gave
 * round 35's "Conseil scolaire des Prairies": 0.985).
 */
const ROUND38_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.51 };
const ROUND39_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.41 };
// Two misses left in round 40 (a given name the lists do not know after "Director of Education") and one in round 41
// ("the chief" for a chief the copy never calls one, now unattributed rather than wrong).
const ROUND40_FLOOR = { f1: 0.99, speaker: 0.98, stance: 0.49 };
const ROUND41_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.42 };
// Round 43's one miss: "Britain’s Education Endowment Foundation" keeps the country's possessive.
const ROUND42_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.39 };
const ROUND43_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.54 };
// Rounds 44–47 keep misses the rules do not reach yet (a weak two-word name opening a sentence, a "he" after a
// possessive mention, "She told lawmakers" carrying on a subject across a clause, a name with "in the Near East").
const ROUND44_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.43 };
const ROUND45_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.48 };
const ROUND46_FLOOR = { f1: 0.99, speaker: 0.98, stance: 0.41 };
const ROUND47_FLOOR = { f1: 0.99, speaker: 0.97, stance: 0.38 };
// Round 50 keeps misses in shapes the rules leave alone on purpose ("Adi", also a given name; a Khoekhoe click letter,
// "!Gawises"; organisation names in Fijian and Gaelic nouns for them; a Spanish union named after its acronym).
const ROUND48_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.53 };
const ROUND49_FLOOR = { f1: 0.99, speaker: 0.98, stance: 0.41 };
const ROUND50_FLOOR = { f1: 0.99, speaker: 0.94, stance: 0.37 };
const ROUND51_FLOOR = { f1: 0.99, speaker: 0.97, stance: 0.47 };
const ROUND52_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.49 };
const ROUND53_FLOOR = { f1: 0.99, speaker: 0.98, stance: 0.5 };
const ROUND54_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.45 };
const ROUND55_FLOOR = { f1: 0.99, speaker: 0.96, stance: 0.42 };
// Round 59 keeps misses in organisation names in Hausa, Shona, Swahili and Luganda, a chief named only by title, and
// an organisation speaking through a statement a long way after it was named.
const ROUND56_FLOOR = { f1: 0.99, speaker: 0.96, stance: 0.43 };
const ROUND57_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.44 };
const ROUND58_FLOOR = { f1: 0.99, speaker: 0.97, stance: 0.31 };
const ROUND59_FLOOR = { f1: 0.99, speaker: 0.88, stance: 0.3 };
const ROUND60_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.35 };
const ROUND61_FLOOR = { f1: 0.99, speaker: 0.97, stance: 0.51 };
// Rounds 63 and 66 keep a scaffolder named "Dean" (a title too), a mother and daughter sharing a surname, a possessive
// first mention after "in", one-name speakers in Indonesian copy, and Somali and Sinhala names that share a word.
const ROUND62_FLOOR = { f1: 0.99, speaker: 0.98, stance: 0.53 };
const ROUND63_FLOOR = { f1: 0.99, speaker: 0.94, stance: 0.38 };
const ROUND64_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.3 };
const ROUND65_FLOOR = { f1: 0.99, speaker: 0.95, stance: 0.31 };
const ROUND66_FLOOR = { f1: 0.99, speaker: 0.92, stance: 0.34 };
// Round 67 keeps a speaker named only as "the retired teacher" after "who taught for 31 years", and an organisation's
// statement quoted after a person was named; round 69, "the landscaper" for a man who runs a lawn-care business.
const ROUND67_FLOOR = { f1: 0.99, speaker: 0.98, stance: 0.39 };
const ROUND68_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.31 };
const ROUND69_FLOOR = { f1: 0.99, speaker: 0.99, stance: 0.31 };
// Rounds 70 and 71 keep: a given name the lists take for a woman's used by a man ("Tobi … he said"), "the home health
// aide laughed" after an opening clause, a speaker named as the object of "frustrates", organisations whose
// statements follow other organisations' names, a provost named only by her university, and places after names.
const ROUND70_FLOOR = { f1: 0.99, speaker: 0.95, stance: 0.39 };
const ROUND71_FLOOR = { f1: 0.99, speaker: 0.89, stance: 0.33 };
