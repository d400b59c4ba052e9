import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect, userEvent, within } from "storybook/test";
import { exchanges } from "../src/data/index.js";
import { datasetExplorer } from "./components/dataset-explorer.js";

/** Every exchange record with its sources, disputes and totals: sort, filter, download. */
const meta = {
  title: "Tools/Dataset explorer",
  render: () => datasetExplorer(),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** All records. Sort by a column, filter by year or text, download what is shown as CSV or JSON. */
export const AllExchanges: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelectorAll("tbody tr").length).toBe(exchanges.length);
    await userEvent.selectOptions(canvas.getByLabelText("Year"), "2024");
    await expect(canvasElement.querySelectorAll("tbody tr").length).toBe(exchanges.filter((r) => r.date.startsWith("2024")).length);
    await userEvent.click(canvas.getByRole("button", { name: "To Ukraine (Kyiv)" }));
    await userEvent.click(canvas.getByRole("button", { name: "To Ukraine (Kyiv)" }));
    const first = canvasElement.querySelector("tbody tr td")!.textContent!.replace(/,/g, "");
    const most = Math.max(...exchanges.filter((r) => r.date.startsWith("2024")).map((r) => r.toUkraine ?? 0));
    await expect(Number(first)).toBe(most);
    await expect(canvas.getByText(/records: .* returned to Ukraine/)).toBeTruthy();
  },
};

/** Only the records where someone gave a different figure. */
export const DisputedOnly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText("Only records with disputed figures"));
    await expect(canvasElement.querySelectorAll("tbody tr").length).toBe(exchanges.filter((r) => r.disputes.length > 0).length);
  },
};
