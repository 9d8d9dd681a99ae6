// News reports in the Regional Support Office's style, written for the demo.
export type SeedWriteUp = {
  slug: string;
  title: string;
  tag: "event" | "training" | "news";
  date: string; // YYYY-MM-DD
  forumSlug: string;
  sessionIds: string[];
  presenterSlugs: string[];
  summary: string;
  body: string;
  // A quote names a presenter, or describes the speaker in general terms (attribution), or neither.
  quotes: { text: string; presenterSlug?: string; attribution?: string }[];
};

export const writeUps: SeedWriteUp[] = [
  {
    slug: "private-sector-urged-to-help-dismantle-scam-centres",
    title: "Private sector urged to help dismantle online scam centres",
    tag: "event" as const,
    date: "2023-08-23",
    forumSlug: "gabf-2023",
    sessionIds: ["seed-gabf2023-trapped-in-deceit"],
    presenterSlugs: ["dewi-kartika", "samuel-hartley", "helen-marsh"],
    summary:
      "At the Government and Business Forum, the Regional Support Office presented its policy brief \"Trapped in Deceit\" and set out how businesses can help disrupt trafficking into online scam centres.",
    body: `Online scam centres have spread across Southeast Asia in the past few years. Some compounds hold more than 10,000 people, many of them victims of trafficking who are forced to defraud people around the world. Together the centres take billions of dollars from their targets every year.

The Regional Support Office (RSO) presented its policy brief **Trapped in Deceit** to government and business members of the forum. The brief describes how people are recruited with false job offers, moved across borders and held in compounds where they are made to run online fraud.

## What business can do

Speakers set out where the private sector can make a difference:

- **Banks and payment providers** can apply anti-money-laundering measures to the flows that sustain the compounds.
- **Technology companies** can build apps that help law enforcement and reach victims.
- **Brands and platforms** can run awareness campaigns aimed at the people most at risk of false job offers.
- **Social media platforms** can remove posts that facilitate trafficking, quickly and consistently.
- **All companies** can share evidence with law enforcement and prosecutors quickly and in a consistent form.

The Senior Official Co-Chair for the Bali Process (Australia) closed the session by inviting businesses to work with governments on the brief's recommendations.`,
    quotes: [
      {
        presenterSlug: "dewi-kartika",
        text: "Scam centres depend on ordinary business services. That gives every company in the room a way to make them harder to run.",
      },
      {
        presenterSlug: "samuel-hartley",
        text: "When platforms, banks and investigators share evidence quickly and in the same form, prosecutions follow.",
      },
    ],
  },
  {
    slug: "governments-and-business-endorse-acknowledge-act-advance",
    title: "Governments and business endorse \"Acknowledge, Act, Advance\" recommendations in Bali",
    tag: "event",
    date: "2018-08-07",
    forumSlug: "gabf-2018-bali",
    sessionIds: [],
    presenterSlugs: [],
    summary:
      "The second Government and Business Forum closed in Nusa Dua with ministers and business leaders endorsing a set of recommendations to stamp out forced labour and human trafficking in supply chains.",
    body: `More than 350 participants from 52 countries gathered in Nusa Dua, Bali, on 6 and 7 August 2018 for the second Bali Process Government and Business Forum. Over two days, ministers and chief executives discussed what it takes to keep forced labour and trafficking out of the region's workplaces and supply chains.

The forum closed with governments and businesses endorsing the **Acknowledge, Act, Advance** recommendations. The recommendations ask both sides to work together in four areas.

## The four areas

1. **Transparency in supply chains**: companies find out where the risks lie in their own operations and among their suppliers, and report on what they are doing about them.
2. **Treatment of workers**: working conditions that respect the rights of every worker, including migrant workers, wherever they sit in the chain.
3. **Ethical recruitment**: hiring practices that do not leave workers in debt to recruiters or tied to an employer against their will.
4. **Safeguards and remedies**: ways for workers to raise concerns safely and to obtain redress when things go wrong.

## What happens next

Participants agreed to report back on progress at the next forum. The Regional Support Office will support member states and companies as they put the recommendations into practice, through training, guidance and shared tools.`,
    quotes: [
      {
        attribution: "a chief executive from the manufacturing sector",
        text: "None of us can say we did not know. The question now is what each company does on Monday morning.",
      },
      {
        attribution: "a senior official from a co-chair government",
        text: "Governments set the rules, but it is business that sees the workers every day. We need both at the table.",
      },
    ],
  },
  {
    slug: "first-government-and-business-forum-opens-in-perth",
    title: "Bali Process brings business to the table at first Government and Business Forum in Perth",
    tag: "news",
    date: "2017-08-25",
    forumSlug: "gabf-2017-perth",
    sessionIds: [],
    presenterSlugs: [],
    summary:
      "For the first time, the Bali Process met with the private sector as a partner: the inaugural Government and Business Forum in Perth opened a standing channel between governments and business on human trafficking and forced labour.",
    body: `On 24 and 25 August 2017, the Bali Process held its first Government and Business Forum in Perth, Western Australia. The forum was created to bring the private sector into the region's work against human trafficking, forced labour and related exploitation, alongside the governments that have cooperated through the Bali Process since 2002.

Business leaders from a range of industries met ministers and officials from member states to discuss where exploitation enters supply chains and labour markets, and what companies can do about it.

## Why business

Many of the levers that matter sit with companies: who they buy from, how they recruit, how their workers are treated and how they respond when abuse is found. Participants agreed that governments cannot end trafficking and forced labour alone, and that a regular meeting between both sides would help.

## A standing forum

The Perth meeting established the Government and Business Forum as a continuing part of the Bali Process. Participants asked for practical recommendations to be prepared for the next forum, to be held in Indonesia in 2018.`,
    quotes: [
      {
        attribution: "a participant from the resources sector",
        text: "Ending trafficking and forced labour needs business and government working side by side, not in parallel.",
      },
    ],
  },
];
