"""gunicorn settings for the gateway: `gunicorn -c python:gateway.gunicorn_conf gateway.wsgi`.

The access log passes through the same masking filter as Django's log, so the NIK in
GET /job-seekers/{nik} never reaches it.
"""

import os
import time

from gateway.config import OFFICE_ZONE

# Django puts each worker in TIME_ZONE when it loads; the master logs before that, so it takes the
# same zone here: one zone for every line of the log (it was UTC for the master, WIB for the workers)
os.environ["TZ"] = OFFICE_ZONE
time.tzset()

bind = os.environ.get("GATEWAY_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GATEWAY_WORKERS", "3"))
threads = int(os.environ.get("GATEWAY_THREADS", "4"))
worker_class = "gthread"
timeout = 60
control_socket_disable = True  # gunicorn's runtime control socket: not used, and one per user home would clash
accesslog = "-"
errorlog = "-"
# %({x-forwarded-for}i)s: the client's address as nginx saw it (gunicorn's own %(h)s is nginx)
access_log_format = '%({x-forwarded-for}i)s "%(r)s" %(s)s %(b)s %(M)sms kiosk=%({x-kiosk-id}i)s'
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"personal_data": {"()": "gateway.log_masking.MaskPersonalData"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["personal_data"],
                    "stream": "ext://sys.stdout"},
    },
    "loggers": {
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
