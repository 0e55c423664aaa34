"""Parents' channels: Telegram, SMS/WhatsApp (Twilio), the demo phone; the conversation
pipeline and the durable outbox every outbound message goes through."""
