import { deepFreeze } from "../internal/freeze.js";
import type { TimelineEvent } from "../models/fact.js";

// Every fact below is as the compiled sources give it, each naming where it was read. Quotations are
// from NATO's official texts (linked where the sources give NATO's own address) or from news reports quoting them; a caveat says what was not
// confirmed. Nothing here is rounded or inferred.

const DECLARATION_2025 = {
  name: "The Hague Summit Declaration, 25 June 2025",
  date: "2025-06-25",
};

/** NATO's own page on the 5% commitment of The Hague, which also carries every edition's figures. */
const NATO_5_PERCENT_PAGE = {
  name: "NATO topic page: Defence expenditures and NATO's 5% commitment",
  url: "https://www.nato.int/en/what-we-do/introduction-to-nato/defence-expenditures-and-natos-5-commitment",
};

const WALES_2014 = {
  name: "Wales Summit Declaration, NATO Press Release (2014) 120",
  date: "2014-09-05",
};

/**
 * The Alliance's spending story in dates, oldest first: the 2% guideline (2006), Wales (2014), the Ukraine
 * Defense Contact Group (2022-2025), Vilnius (2023), Finland (2023) and Sweden (2024) joining, The Hague
 * (24-25 June 2025), the 2029 review and the 2035 deadline. Each fact names its sources.
 *
 * @example
 * TIMELINE.find((e) => e.id === "hague-summit")?.date; // "2025-06-24"
 */
export const TIMELINE: readonly TimelineEvent[] = /* @__PURE__ */ deepFreeze([
  {
    id: "washington-treaty",
    date: "1949-04-04",
    milestone: false,
    title: "The Washington Treaty: Article 5 and Article 3",
    text: 'Twelve founders sign the North Atlantic Treaty. Its Article 5 is the collective-defence clause: "an attack on one is an attack on all". Article 3 (self-help and mutual aid, building capacity) is the article The Hague\'s 5% commitment is tied to.',
    sources: [
      {
        name: "Accession lists of eata.ee and askvity.info (founders, Washington Treaty signed 4 April 1949)",
      },
      { ...DECLARATION_2025, name: `${DECLARATION_2025.name}, paragraphs 1 and 2` },
    ],
  },
  {
    id: "two-percent-guideline",
    date: "2006",
    milestone: false,
    title: "The 2% of GDP guideline",
    text: "NATO defence ministers agree that Allies should spend 2% of GDP on defence. The United Kingdom's Ministry of Defence says it has met \"NATO's 2% target every year since its introduction in 2006\".",
    sources: [
      {
        name: 'Shephard Media, "NATO estimates that 70% of the member states will not reach 2% …"',
        date: "2022",
      },
      {
        name: "UK Ministry of Defence, International defence 2023 (statistical bulletin)",
        date: "2024-04-11",
      },
    ],
  },
  {
    id: "wales-summit",
    date: "2014-09-05",
    milestone: false,
    title: "Wales Summit: the Defence Investment Pledge",
    text: 'At the Wales Summit in Newport, the 28 leaders agree to "reverse the trend of declining defence budgets". Allies meeting the 2% guideline "will aim to continue to do so"; those below it will "halt any decline; aim to increase defence expenditure in real terms as GDP grows; and aim to move towards the 2% guideline within a decade with a view to meeting their NATO Capability Targets and filling NATO\'s capability shortfalls". Progress is reviewed every year.',
    sources: [
      WALES_2014,
      { name: "UK House of Commons Library, briefing SN06981 (the Summit in Newport, Wales)" },
      {
        name: 'NATO news release news_112461, "reverse the trend of declining defence budgets"',
        date: "2014-09-05",
      },
    ],
  },
  {
    id: "equipment-guideline",
    date: "2014-09-05",
    milestone: false,
    title: "Wales: 20% of defence spending on major equipment",
    text: "Under the same pledge, Allies commit 20% of their defence expenditure to major equipment, including related research and development, within a decade. NATO's tables count research and development devoted to major equipment as equipment spending.",
    sources: [
      WALES_2014,
      { name: "NATO, Defence Expenditure of NATO Countries, Table 8a (definition of equipment expenditure)" },
    ],
  },
  {
    id: "udcg-founded",
    date: "2022-04-26",
    milestone: false,
    title: "The Ukraine Defense Contact Group is founded",
    text: 'US Secretary of Defense Lloyd J. Austin III convenes the Ukraine Defense Contact Group (the "Ramstein format") at Ramstein Air Base, Germany; 41 countries attend the first meeting and 54 attend on 14 February 2023. The US Department of Defense calls it "a coalition of some 50 nations".',
    sources: [
      { name: 'WikiMili, "Ukraine Defense Contact Group"' },
      { name: "US Department of Defense news release (copy on pubt.io)", date: "2025-01-07" },
    ],
  },
  {
    id: "finland-joins",
    date: "2023-04-04",
    milestone: false,
    title: "Finland joins, the 31st Ally",
    text: "Finland becomes the Alliance's 31st member. NATO's aggregates count it from 2023.",
    sources: [
      { name: "worldnews24x7 (Finland's accession)" },
      { name: "askvity.info (list of Allies and accession years)" },
    ],
  },
  {
    id: "vilnius-summit",
    date: "2023-07-11",
    milestone: false,
    title: "Vilnius Summit: at least 2%, a floor",
    text: 'Allies make an "enduring commitment" to invest at least 2% of GDP annually on defence, turning the 2% from a target into a floor. Before the summit, Secretary General Jens Stoltenberg said "some allies are strongly in favor of turning the current two percent target into a minimum".',
    sources: [
      {
        name: "Vilnius Summit Communiqué, NATO Press Release (2023) 001",
        date: "2023-07-11",
        url: "https://www.nato.int/cps/en/natohq/official_texts_217320.htm",
      },
      {
        name: "Delfi (delfi.lt), before the summit, quoting Lithuania's adviser Budrys and Jens Stoltenberg",
      },
    ],
  },
  {
    id: "sweden-joins",
    date: "2024-03-07",
    milestone: false,
    title: "Sweden joins, the 32nd Ally",
    text: "Sweden becomes the Alliance's 32nd member. NATO's aggregates count it from 2024.",
    sources: [
      { name: "askvity.info (list of Allies and accession years)" },
      { name: "Censor.net and Difesa Online (Sweden's accession)" },
    ],
  },
  {
    id: "udcg-126-billion",
    date: "2025-01-09",
    milestone: false,
    title: "Over $126 billion for Ukraine from about 50 nations",
    text: 'Reported on the day of the 25th meeting, at Ramstein, the last chaired by Lloyd Austin: "Since Russia\'s invasion of Ukraine in February 2022, the group of about 50 nations has provided Kyiv with more than $126 billion in weapons, training and equipment. The U.S. has provided about $66 billion, slightly more than half."',
    sources: [
      { name: "Voice of America, as quoted by news.az", date: "2025-01-09" },
      { name: "Kyiv Independent (Austin's last meeting)" },
    ],
    caveat:
      "The figure is often attributed to February 2025 reports; the earliest copy found is dated 9 January 2025.",
  },
  {
    id: "udcg-uk-chair",
    date: "2025-02-12",
    milestone: false,
    title: "The Contact Group chaired by the United Kingdom for the first time",
    text: "The 26th meeting, at NATO headquarters in Brussels, is chaired by UK Defence Secretary John Healey: the first not chaired by the United States. US Defense Secretary Pete Hegseth attends on his first visit to NATO headquarters. From April 2025 the group is co-chaired by the United Kingdom and Germany.",
    sources: [
      { name: "Kyiv Independent", date: "2025-02-12" },
      { name: "Euronews, as reproduced by viraltrendingcontent.com (co-chairs from April 2025)" },
    ],
  },
  {
    id: "hague-summit",
    date: "2025-06-24",
    endDate: "2025-06-25",
    milestone: false,
    title: "The Hague Summit: 5% of GDP by 2035",
    text: 'Leaders reaffirm Article 5 and commit to invest 5% of GDP annually by 2035 on core defence requirements and defence- and security-related spending: at least 3.5% of GDP "based on the agreed definition of NATO defence expenditure", with "annual plans showing a credible, incremental path", and up to 1.5% "to inter alia protect critical infrastructure, defend networks, ensure civil preparedness and resilience, unleash innovation, and strengthen defence industrial base". Direct contributions to Ukraine\'s defence and its defence industry count towards Allies\' defence spending. The declaration is adopted on 25 June 2025. The targets are political commitments, not legally binding.',
    sources: [
      DECLARATION_2025,
      NATO_5_PERCENT_PAGE,
      { name: "Agence Europe, bulletin 13667", date: "2025-06-25" },
      { name: "BBC Verify, on the targets' legal status", date: "2025-06-24" },
    ],
  },
  {
    id: "hague-review",
    date: "2029",
    milestone: true,
    title: "Review of the 5% plan",
    text: '"The trajectory and balance of spending under this plan will be reviewed in 2029", in the light of the strategic environment and updated Capability Targets.',
    sources: [
      { name: "Agence Europe, bulletin 13667", date: "2025-06-25" },
      { name: "Ukrainska Pravda (pravda.com.ua)", date: "2025-06-25" },
    ],
  },
  {
    id: "hague-deadline",
    date: "2035",
    milestone: true,
    title: "Deadline: 3.5% core defence and 5% in all",
    text: "The year by which Allies are to spend at least 3.5% of GDP on core defence and 5% in all. Some pre-summit reports described a draft with 2032 for the 3.5%; the adopted text says 2035.",
    sources: [
      DECLARATION_2025,
      NATO_5_PERCENT_PAGE,
      { name: "The Diplomat in Spain (pre-summit draft)", date: "2025-06-20" },
      { name: "Particle News (particle.news), on the pre-summit draft" },
    ],
  },
]);
