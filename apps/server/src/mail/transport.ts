import nodemailer from 'nodemailer';

/** What the sender needs from an SMTP client; nodemailer's transporter provides it. */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html?: string;
  }): Promise<unknown>;
  close?(): void;
}

/** An SMTP transport for `SMTP_URL` (smtp:// or smtps://), or null when mail is not configured. */
export function createMailTransport(smtpUrl: string | undefined): MailTransport | null {
  if (!smtpUrl) return null;
  return nodemailer.createTransport(smtpUrl);
}
