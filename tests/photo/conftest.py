import cv2
import numpy as np
import pytest
from skimage import data


@pytest.fixture(scope="session")
def face() -> np.ndarray:
    """A real portrait shipped in scikit-image (NASA, public domain), as a 640x480 BGR frame."""
    image = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    return cv2.copyMakeBorder(cv2.resize(image, (480, 480)), 0, 0, 80, 80, cv2.BORDER_REPLICATE)
