"""Service settings from the environment (prefix ROLLCALL_); see .env.example."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DB_PATH = Path("var/rollcall.db")
DEV_SECRET = "dev-only-secret-change-me"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ROLLCALL_", env_file=".env", extra="ignore")

    database_url: str = Field(default=f"sqlite:///{DEFAULT_DB_PATH}", description="SQLAlchemy URL")
    secret_key: SecretStr = SecretStr(DEV_SECRET)
    public_base_url: str = "http://127.0.0.1:8000"
    demo_mode: bool = True
    demo_password: SecretStr = SecretStr("rollcall-demo")

    telegram_bot_token: SecretStr | None = None
    telegram_bot_username: str = "RollcallDemoBot"
    telegram_webhook_secret: SecretStr | None = None
    telegram_api_base: str = "https://api.telegram.org"

    twilio_account_sid: str | None = None
    twilio_auth_token: SecretStr | None = None
    twilio_sms_from: str | None = None
    twilio_whatsapp_from: str | None = None
    twilio_api_base: str | None = None
    twilio_messages_per_second: float = 1.0

    max_webhook_bytes: int = 64 * 1024
    max_media_bytes: int = 5 * 1024 * 1024
    scheduler_poll_seconds: float = 5.0
    run_scheduler: bool = True


@lru_cache
def get_settings() -> Settings:
    return Settings()
