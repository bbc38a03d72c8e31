"""The developer handoff bundle: the .env writer and reader, and the bundle folder (no Qt)."""

from xwms_wizard.handoff.bundle import (
    DEFAULT_API_URI,
    BundleError,
    BundleResult,
    HandoffFacts,
    facts_from_dict,
    facts_to_dict,
    render_handoff_markdown,
    write_bundle,
)
from xwms_wizard.handoff.dotenv import (
    EnvEntry,
    EnvFileError,
    UnsafeEnvValue,
    parse_env_file,
    parse_env_text,
    quote_env_value,
    render_env,
)

__all__ = [
    "DEFAULT_API_URI",
    "BundleError",
    "BundleResult",
    "EnvEntry",
    "EnvFileError",
    "HandoffFacts",
    "UnsafeEnvValue",
    "facts_from_dict",
    "facts_to_dict",
    "parse_env_file",
    "parse_env_text",
    "quote_env_value",
    "render_env",
    "render_handoff_markdown",
    "write_bundle",
]
