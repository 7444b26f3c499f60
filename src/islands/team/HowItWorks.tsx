/** Where the instructions link to: given by the page, which knows the site's base path. */
export interface HowItWorksLinks {
  assess: string;
  facilitate: string;
}

/** The instructions, shown while the team is empty (they follow the picture otherwise, as a link away). */
export function HowItWorks({ links }: { links: HowItWorksLinks }) {
  return (
    <section class="team-how" aria-labelledby="team-how">
      <h2 id="team-how">How it works</h2>
      <ol class="team-steps">
        <li>
          Each person takes one of the <a href={links.assess}>self-assessments</a> on their own and copies the link from
          "Copy share link" on their result.
        </li>
        <li>They send you the link. Paste all of them above, one per line.</li>
        <li>Look at the picture together. Copy the team link to share it, or print it for the meeting.</li>
        <li>Months later, do it again and paste the earlier team link beside the new team to see what moved.</li>
      </ol>
      <p>
        The picture shows counts and spreads, never a ranking of people. Results from different assessments are shown
        side by side, never added together. The team stays in this browser until you remove it.
      </p>
      <p>
        How to run the conversation: <a href={links.facilitate}>Looking at a group together</a>, in the guide.
      </p>
    </section>
  );
}
