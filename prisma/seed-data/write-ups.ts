// News reports in the Regional Support Office's style, written for the demo.
export const writeUps = [
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
];
