import type { Transporter } from "nodemailer";
import type { Config } from "./config.ts";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  readonly enabled: boolean;
  send(mail: Mail): Promise<void>;
}

/** SMTP mail when AISAFE_SMTP_URL is set; otherwise a mailer that reports it is disabled. */
export function createMailer(config: Config): Mailer {
  if (!config.smtp) {
    return {
      enabled: false,
      send: async () => {
        throw new Error("Mail is not configured (set AISAFE_SMTP_URL).");
      },
    };
  }
  const { url, from } = config.smtp;
  // nodemailer is loaded on the first e-mail, not at start-up (memory of an idle node).
  let transport: Promise<Transporter> | undefined;
  return {
    enabled: true,
    send: async (mail) => {
      transport ??= import("nodemailer").then((m) => m.default.createTransport(url));
      await (await transport).sendMail({ from, ...mail });
    },
  };
}
