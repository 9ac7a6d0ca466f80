"""Django settings, all taken from gateway.config (TOML file and GATEWAY_* variables)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from gateway import config

CONF = config.load()
PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(CONF["gateway.data_dir"])

SECRET_KEY = CONF["gateway.secret_key"] or "debug-only-not-secret-" + "x" * 32
DEBUG = CONF["gateway.debug"]
ALLOWED_HOSTS = CONF["gateway.allowed_hosts"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "gateway.api",
    "gateway.audit",
    "gateway.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "gateway.web.language.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # last: it answers a locked-out sign-in with the lockout page
]

ROOT_URLCONF = "gateway.urls"
WSGI_APPLICATION = "gateway.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "gateway.web.navigation.menu",
            ],
        },
    }
]

if CONF["database.engine"] == "postgresql":
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": CONF["database.name"],
            "USER": CONF["database.user"],
            "PASSWORD": CONF["database.password"],
            "HOST": CONF["database.host"],
            "PORT": CONF["database.port"],
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": CONF["database.path"] or str(DATA_DIR / "gateway.sqlite3"),
            "OPTIONS": {
                # IMMEDIATE: a writer takes the lock at BEGIN and waits for it (timeout), instead of
                # failing with "database is locked" when two workers upgrade a read at once
                "transaction_mode": "IMMEDIATE",
                "timeout": 30,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL",
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Argon2 first: staff passwords are low-entropy secrets typed by people (kiosk tokens are not: see api/tokens.py)
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
# Staff sign-in (django-axes): after 5 wrong passwords for one username from one address, that pair
# is refused for 15 minutes, even with the right password; a success clears the count. Locking the
# pair, not the username alone, keeps a stranger from locking an officer out from elsewhere.
# `gateway axes_reset_username NAME` lifts a lock at once (docs/gateway.md).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "gateway.client_address.client_address"  # behind nginx, as the rate limits
AXES_LOCKOUT_CALLABLE = "gateway.web.sign_in.locked_out"
AXES_DISABLE_ACCESS_LOG = True  # no row per successful sign-in: the audit log records what staff do
AXES_VERBOSE = False  # no "AXES: BEGIN" line from every process and command; failures are still logged
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:login"

LANGUAGE_CODE = CONF["gateway.language"]
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = config.OFFICE_ZONE
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"

# a registration with a 2 MiB photo is ~2.8 MB of JSON; larger bodies are refused as too large
DATA_UPLOAD_MAX_MEMORY_SIZE = 4 * 1024 * 1024

# behind nginx: TLS ends there; it sets X-Forwarded-Proto and X-Forwarded-For (see docs/gateway.md)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
HTTPS = CONF["gateway.https"]
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 8 * 3600
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_SSL_REDIRECT = HTTPS  # behind nginx the forwarded proto says https; http gets redirected
SILENCED_SYSTEM_CHECKS = [
    # HSTS for subdomains and the preload list are the city's domain policy, not one site's
    "security.W005",
    "security.W021",
]

GATEWAY = {
    "rate_limit_per_minute": CONF["api.rate_limit_per_minute"],
    "heartbeat_interval_min": CONF["fleet.heartbeat_interval_min"],
    "trusted_proxy_hops": CONF["gateway.trusted_proxy_hops"],
    "region_code": CONF["office.region_code"],
    "office_name": CONF["office.name"],
    "answer_working_days": CONF["office.answer_working_days"],
    "verify_per_minute": 60,  # the public verification page, per client address (the contract's figure)
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"personal_data": {"()": "gateway.log_masking.MaskPersonalData"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["personal_data"]}},
    "root": {"handlers": ["console"], "level": "INFO"},
    # fontTools logs some 40 INFO lines for every font it subsets into a PDF (IPK reports, event lists)
    "loggers": {"django.db.backends": {"level": "WARNING"}, "fontTools": {"level": "WARNING"}},
}
