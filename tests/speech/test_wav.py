"""espeak-ng writes real WAV files: audible, and as long as its text needs (measured with sox and wave)."""

from datetime import date

import pytest

from kiosk.core.spoken import date_words, money_words, nik_words, phone_words
from kiosk.devices.speech import SpeechError, espeak_args, to_wav
from tests.speech.audio import LONG_ID, measure

# Measured with espeak-ng 1.51 at 150 words a minute (Debian 12): sentences of 30 characters and
# more take 0.065-0.10 s a character in both voices, plus about half a second of silence at the
# end; a one-word text ("Ya") is 0.7 s. Bounds: at least 0.04 s a character (a text skipped or cut
# short is faster) and at most 0.15 s a character plus a second (a stuck or slowed voice is longer).
MIN_S_PER_CHAR = 0.04
MAX_S_PER_CHAR = 0.15
SILENCE_FLOOR_RMS = 0.02  # speech at full volume measures 0.06-0.10; silence is 0.0

SENTENCES = [
    ("id", "Selamat datang di ATM Pencari Kerja. Silakan tempelkan e-KTP Anda pada pembaca kartu."),
    ("en", "Welcome to the job seekers kiosk. Please place your identity card on the reader."),
    ("id", f"Perkiraan pesangon Anda {money_words(3_500_000, 'id')}."),
    ("en", f"Your estimated severance pay is {money_words(3_500_000, 'en')}."),
    ("id", f"NIK Anda {nik_words('3374110107900001', 'id')}. Berlaku sampai {date_words(date(2026, 12, 1), 'id')}."),
    ("en", f"Your phone number is {phone_words('081234567890', 'en')}."),
    ("id", LONG_ID),
]


@pytest.mark.parametrize(("lang", "text"), SENTENCES, ids=[f"{lang}-{len(t)}" for lang, t in SENTENCES])
def test_audible_and_plausibly_long(espeak, tmp_path, lang, text):
    wav = to_wav(text, lang, tmp_path / "s.wav")
    facts = measure(wav)
    assert facts.rate == 22050
    assert facts.sox_seconds == pytest.approx(facts.seconds, abs=0.01)
    assert facts.rms > SILENCE_FLOOR_RMS, facts
    assert MIN_S_PER_CHAR * len(text) < facts.seconds < MAX_S_PER_CHAR * len(text) + 1.0, facts


def test_the_two_voices_differ(espeak, tmp_path):
    # "id" really is the Indonesian voice: the same letters read by the English voice sound different
    text = "Silakan tempelkan kartu Anda"
    a = (to_wav(text, "id", tmp_path / "id.wav")).read_bytes()
    b = (to_wav(text, "en", tmp_path / "en.wav")).read_bytes()
    assert a != b
    assert espeak_args("id", 80)[1:3] == ["-v", "id"]
    assert espeak_args("en", 80)[1:3] == ["-v", "en"]


def test_volume_scales_the_amplitude(espeak, tmp_path):
    text = "Silakan ambil kartu kuning Anda di bawah layar."
    full = measure(to_wav(text, "id", tmp_path / "full.wav", volume=100)).rms
    half = measure(to_wav(text, "id", tmp_path / "half.wav", volume=50)).rms
    mute = measure(to_wav(text, "id", tmp_path / "mute.wav", volume=0)).rms
    assert full > SILENCE_FLOOR_RMS
    assert 0.35 < half / full < 0.65  # -a is linear in amplitude
    assert mute < 0.001  # and the silence floor does catch silence


def test_failures_are_errors_not_empty_files(espeak, tmp_path):
    with pytest.raises(SpeechError):
        to_wav("", "id", tmp_path / "empty.wav")  # espeak-ng writes nothing and still exits 0
    with pytest.raises(SpeechError):
        to_wav("Halo", "id", tmp_path / "no" / "such" / "dir.wav")  # exit 0 again, "Can't write to"
    with pytest.raises(SpeechError):
        to_wav("Halo", "id", tmp_path / "x.wav", binary="espeak-ng-not-installed")
    with pytest.raises(ValueError):
        to_wav("Halo", "fr", tmp_path / "x.wav")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        to_wav("Halo", "id", tmp_path / "x.wav", volume=101)
